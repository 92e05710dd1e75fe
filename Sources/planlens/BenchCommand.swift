import ArgumentParser
import Foundation
import PlanLensIngest
import PlanLensKit
import PlanLensModel
import PlanLensText

/// `planlens bench FILE... [--iterations N]`: throughput of each pipeline stage.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure the throughput of ICU word segmentation and of each extraction stage.",
    discussion: """
      Reads the files once, then runs word segmentation and the full extraction over all of them ITERATIONS times (after one warm-up pass) and prints milliseconds per pass and MB/s of UTF-8 input for each stage. Rule tables are loaded before timing starts.

      Example:
        planlens bench corpus/*.txt --iterations 20
      """
  )

  @Argument(help: "Plan documents to read (.txt, .docx, .html).")
  var files: [String]

  @Option(help: "Timed passes over all files.")
  var iterations: Int = 20

  func run() throws {
    let reader = DocumentReader()
    let sources = try files.map { try reader.read(path: $0) }
    let bytes = Double(sources.reduce(0) { $0 + $1.text.utf8.count })
    let pipeline = try ExtractionPipeline()
    let segmenter = TextSegmenter()
    var warm = StageClock()
    for s in sources { _ = try pipeline.extract(s, clock: &warm) }

    var clock = StageClock()
    for _ in 0..<max(1, iterations) {
      try clock.measure("ICU words") { for s in sources { _ = try segmenter.words(in: s.text) } }
      var stages = StageClock()
      try clock.measure("extract (all stages)") {
        for s in sources { _ = try pipeline.extract(s, clock: &stages) }
      }
      for (stage, duration) in stages.totals { clock.add("  " + stage, duration) }
    }
    let passes = Double(max(1, iterations))
    var out = "\(sources.count) files, \(Int(bytes)) bytes of UTF-8, \(Int(passes)) passes\n"
    out += "stage                    ms/pass      MB/s\n"
    for (stage, duration) in clock.totals {
      let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      let ms = seconds / passes * 1000
      let mbps = bytes / 1_000_000 / (seconds / passes)
      out +=
        stage.padding(toLength: 22, withPad: " ", startingAt: 0)
        + String(format: "%9.1f %9.2f\n", ms, mbps)
    }
    StandardOutput.write(Data(out.utf8))
  }
}
