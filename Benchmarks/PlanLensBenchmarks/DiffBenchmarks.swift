import Benchmark
import Foundation
import PlanLensDiff
import PlanLensModel
import PlanLensPipeline

/// The diff benchmarks, registered from `benchmarks` in PlanLensBenchmarks.swift.
///
/// Extraction is done once, outside the measurement: one iteration is `VersionDiffer.diff` on two
/// extracted versions (alignment, word redlines, fact changes).
func diffBenchmarks() {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
    timeUnits: .milliseconds,
    maxDuration: .seconds(5),
    maxIterations: 100
  )

  // The worked example: the Jining draft (reports/diff-example) against the final plan, ~16 KB each.
  Benchmark("diff, two corpus plans (draft → final, ~16 KB each)", configuration: configuration) { benchmark in
    let pipeline = try ExtractionPipeline()
    let old = try DiffBenchmarkInputs.input(
      DiffBenchmarkInputs.text("reports/diff-example/jining-action-plan-draft.txt"), pipeline)
    let new = try DiffBenchmarkInputs.input(DiffBenchmarkInputs.text(DiffBenchmarkInputs.jining), pipeline)
    let differ = VersionDiffer()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try differ.diff(old: old, new: new)) }
  }

  // Two ~300 KB plans: the whole corpus three times over, and the same with the Jining plan
  // replaced by its draft in every copy and one copy of the Taishan plan left out.
  Benchmark("diff, two ~300 KB plans (corpus ×3)", configuration: configuration) { benchmark in
    let pipeline = try ExtractionPipeline()
    let corpus = try DiffBenchmarkInputs.corpusFiles().map { ($0, try DiffBenchmarkInputs.text($0)) }
    let draft = try DiffBenchmarkInputs.text("reports/diff-example/jining-action-plan-draft.txt")
    var oldText = ""
    var newText = ""
    for copy in 0..<3 {
      for (file, text) in corpus {
        oldText += text + "\n"
        if file.contains("taishan"), copy == 1 { continue }
        newText += (file == DiffBenchmarkInputs.jining ? draft : text) + "\n"
      }
    }
    let old = try DiffBenchmarkInputs.input(oldText, pipeline)
    let new = try DiffBenchmarkInputs.input(newText, pipeline)
    let differ = VersionDiffer()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try differ.diff(old: old, new: new)) }
  }
}

/// Texts and extractions the diff benchmarks start from.
enum DiffBenchmarkInputs {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let jining = "corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt"

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func corpusFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("corpus").path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { "corpus/" + $0 }
  }

  static func input(_ text: String, _ pipeline: ExtractionPipeline) throws -> DiffInput {
    let source = SourceDocument(
      info: SourceInfo(path: "bench", sha256: "", encoding: "UTF-8", format: "txt"), text: text)
    return DiffInput(document: try pipeline.extract(source), sourceText: text)
  }
}
