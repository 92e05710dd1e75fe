/// The compare stage: diffs and alignments of extracted documents.
enum PlanLensCompare {}
