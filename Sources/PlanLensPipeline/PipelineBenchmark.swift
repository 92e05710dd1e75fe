import PlanLensIngest
import PlanLensModel
import PlanLensText

/// The throughput of ICU word segmentation and of each extraction stage (`planlens bench`).
public struct PipelineBenchmark: Sendable {
  /// The documents timed, read once before timing.
  public let sources: [SourceDocument]
  let pipeline: ExtractionPipeline
  let segmenter = TextSegmenter()

  /// Reads `files` and loads the rule tables, so neither is timed.
  public init(files: [String]) throws {
    let reader = DocumentReader()
    sources = try files.map { try reader.read(path: $0) }
    pipeline = try ExtractionPipeline()
  }

  /// The stage of a bare ICU word-break pass (boundaries counted, nothing built).
  public static let bareICU = "ICU word breaks (bare)"
  /// The stage of the whole extraction.
  public static let extraction = "extract (all stages)"

  /// Bytes of UTF-8 input in one pass.
  public var bytes: Int { sources.reduce(0) { $0 + $1.text.utf8.count } }

  /// Runs one warm-up pass, then `iterations` timed passes (at least one) of a bare ICU
  /// word-break pass, of word segmentation and of the whole extraction, each extraction stage also timed on its own (its name
  /// indented by two spaces). The totals are over all passes.
  public func run(iterations: Int) throws -> StageClock {
    var warm = StageClock()
    for s in sources { _ = try pipeline.extract(s, clock: &warm) }
    var clock = StageClock()
    for _ in 0..<max(1, iterations) {
      try clock.measure(Self.bareICU) { for s in sources { _ = try segmenter.wordBoundaryCount(in: s.text) } }
      try clock.measure("ICU words") { for s in sources { _ = try segmenter.words(in: s.text) } }
      var stages = StageClock()
      try clock.measure(Self.extraction) {
        for s in sources { _ = try pipeline.extract(s, clock: &stages) }
      }
      for (stage, duration) in stages.totals { clock.add("  " + stage, duration) }
    }
    return clock
  }
}
