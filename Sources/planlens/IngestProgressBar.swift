import Foundation
import PlanLensStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress bar of `planlens ingest` on standard error, drawn only when standard error is a
/// terminal; failures are printed as `error: …` lines above it either way.
final class IngestProgressBar: @unchecked Sendable {
  private let total: Int
  private let enabled: Bool
  private let started = Date()
  private let lock = NSLock()
  private var done = 0
  private var summary = IngestSummary()

  init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.total = total
    self.enabled = enabled
  }

  /// Counts `result`, prints its error if it failed, and redraws the bar.
  func report(_ result: FileIngestResult) {
    lock.withLock {
      done += 1
      summary.add(result)
      if case .failed(_, let message) = result {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        StandardError.print("error: \(message)")
      }
      guard enabled else { return }
      let width = 30
      let filled = total == 0 ? width : done * width / total
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
      let line = "\r\u{1B}[K[\(bar)] \(done)/\(total)  \(summary.added) added  \(summary.failed) failed  \(seconds) s"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  /// Clears the bar so the summary starts on a clean line.
  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
