enum StructureStage {}
