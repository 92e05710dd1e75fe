import Foundation
import PlanLensPipeline

/// The table `planlens bench` prints: milliseconds per pass and MB/s of UTF-8 input per stage.
public struct BenchmarkTextRenderer: Sendable {
  public init() {}

  /// The totals of `clock` over `passes` passes of `files` files holding `bytes` bytes.
  public func render(_ clock: StageClock, files: Int, bytes: Int, passes: Int) -> String {
    let passes = Double(max(1, passes))
    let bytes = Double(bytes)
    var out = "\(files) files, \(Int(bytes)) bytes of UTF-8, \(Int(passes)) passes\n"
    out += "stage                    ms/pass      MB/s\n"
    for (stage, duration) in clock.totals {
      let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      let ms = seconds / passes * 1000
      let mbps = bytes / 1_000_000 / (seconds / passes)
      out +=
        stage.padding(toLength: 22, withPad: " ", startingAt: 0)
        + String(format: "%9.1f %9.2f\n", ms, mbps)
    }
    let totals = Dictionary(clock.totals.map { ($0.stage, $0.duration) }, uniquingKeysWith: +)
    if let extraction = totals[PipelineBenchmark.extraction], let bare = totals[PipelineBenchmark.bareICU],
      bare > .zero
    {
      out += String(format: "extraction takes %.1f× the bare ICU word-break pass\n", extraction / bare)
    }
    return out
  }
}
