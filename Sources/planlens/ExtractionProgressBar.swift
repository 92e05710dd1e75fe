import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress of `planlens report` extracting its plans, on standard error as `ingest` shows
/// it, drawn only when standard error is a terminal (quiet in pipes, logs and tests).
final class ExtractionProgressBar: @unchecked Sendable {
  /// The bar's width in characters.
  static let width = 30

  private let total: Int
  private let enabled: Bool
  private let started = Date()
  private let lock = NSLock()
  private var done = 0
  private var failed = 0

  init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.total = total
    self.enabled = enabled
  }

  /// Counts one plan (`ok` when it was read) and redraws the bar.
  func advance(ok: Bool) {
    lock.withLock {
      done += 1
      if !ok { failed += 1 }
      guard enabled else { return }
      let filled = total == 0 ? Self.width : done * Self.width / total
      let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: Self.width - filled)
      let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
      let line = "\r\u{1B}[K[\(bar)] extracting \(done)/\(total) plans  \(failed) failed  \(seconds) s"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  /// A phase after extraction (comparing, writing), on the same line.
  func phase(_ text: String) {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(text)…".utf8))
  }

  /// Clears the bar so the summary starts on a clean line.
  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
