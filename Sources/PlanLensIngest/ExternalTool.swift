import Foundation

/// A command-line program run without a shell, under a time limit, whose standard output is
/// read whole: how PlanLens calls converters such as poppler's `pdftotext`.
struct ExternalTool: Sendable {
  /// The program's file name, looked up on `PATH` (then /usr/bin and /usr/local/bin).
  var name: String
  /// Seconds the program may run before it is stopped.
  var timeLimit: Double
  /// Variables set for the program on top of PlanLens's own environment.
  var environment: [String: String] = [:]
  /// Seconds a program asked to stop (SIGTERM) has before it and every process it started are
  /// killed: LibreOffice's launcher catches SIGTERM and can hang after passing it on.
  static let stopGrace: Double = 5

  /// What one run produced.
  struct Outcome: Sendable {
    var status: Int32
    var output: Data
    var errorOutput: String
    var timedOut: Bool
  }

  /// Why a run could not be had.
  enum Failure: Error, Sendable {
    /// No executable of that name was found.
    case notInstalled
    /// The program could not be started (the system's reason).
    case launchFailed(String)
  }

  /// The absolute path of the program, or nil when it is not installed.
  func executablePath() -> String? {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for folder in folders where !folder.isEmpty {
      let candidate = folder + "/" + name
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs the program with `arguments` (passed as they are, no shell) and waits for it, or
  /// stops it once the time limit has passed.
  func run(_ arguments: [String]) throws(Failure) -> Outcome {
    guard let executable = executablePath() else { throw .notInstalled }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, set in set }
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .launchFailed(IngestError.oneLine(error.localizedDescription))
    }
    let watch = Watchdog()
    let timer = DispatchWorkItem {
      guard process.isRunning else { return }
      watch.fire()
      let pid = process.processIdentifier
      let helpers = ProcessTree.descendants(of: pid)
      process.terminate()
      DispatchQueue.global().asyncAfter(deadline: .now() + Self.stopGrace) {
        guard process.isRunning else { return }
        ProcessTree.killAll(ProcessTree.descendants(of: pid) + helpers + [pid])
      }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
    // Standard error is read beside standard output so that neither pipe fills and blocks.
    let errorText = CollectedData()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    timer.cancel()
    return Outcome(
      status: process.terminationStatus, output: data,
      errorOutput: String(decoding: errorText.get(), as: UTF8.self), timedOut: watch.fired)
  }
}

/// Whether the time limit stopped the program.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  func fire() {
    lock.lock()
    value = true
    lock.unlock()
  }

  var fired: Bool {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}

/// Bytes handed from the reading thread to the waiting one.
private final class CollectedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func set(_ newValue: Data) {
    lock.lock()
    data = newValue
    lock.unlock()
  }

  func get() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
