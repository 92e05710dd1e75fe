enum ExtractStage {}
