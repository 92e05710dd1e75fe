import ArgumentParser
import Foundation
import PlanLensPipeline
import PlanLensReport

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
    let benchmark = try PipelineBenchmark(files: files)
    let clock = try benchmark.run(iterations: iterations)
    let text = BenchmarkTextRenderer().render(
      clock, files: benchmark.sources.count, bytes: benchmark.bytes, passes: max(1, iterations))
    StandardOutput.write(Data(text.utf8))
  }
}
