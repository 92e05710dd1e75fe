import Foundation
import PlanLensIngest
import PlanLensModel
import PlanLensPipeline
import PlanLensStore

/// Temporary databases and folders, corpus ingestion and process runs for the store tests.
enum StoreTestSupport {
  /// A new empty folder under the temporary directory.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A path for a database that does not exist yet, in a new temporary folder.
  static func databasePath() throws -> String {
    try temporaryFolder().appendingPathComponent("test.sqlite").path
  }

  /// The corpus's .txt files, sorted.
  static func corpusFiles() -> [String] {
    FileCollector().files(in: [TestSupport.corpus.path]).filter { $0.hasSuffix(".txt") }
  }

  /// Reads, extracts and stores `files` one by one on the calling thread.
  @discardableResult
  static func ingest(_ files: [String], into store: PlanStore) throws -> [StoreOutcome] {
    let writer = try DocumentWriter(store: store)
    return try files.map { path in
      let source = try DocumentReader().read(path: path)
      return try writer.store(
        PreparedDocument(document: TestSupport.pipeline.extract(source), text: source.text))
    }
  }

  /// A store holding the five corpus documents, made once for the query tests (read only).
  static let corpusStore: Result<PlanStore, any Error> = Result {
    let store = try PlanStore.open(path: databasePath())
    try ingest(corpusFiles(), into: store)
    return store
  }

  /// An extraction of `text` as if read from `path`, with its own content hash.
  static func document(_ text: String, path: String, sha256: String) throws -> PreparedDocument {
    let source = SourceDocument(
      info: SourceInfo(path: path, sha256: sha256, encoding: "UTF-8", format: "txt"), text: text)
    return try PreparedDocument(document: TestSupport.pipeline.extract(source), text: text)
  }

  /// A started `planlens` process with its output pipes.
  struct Running {
    var process: Process
    var out: Pipe
    var err: Pipe

    /// Waits for the end and returns status, stdout and stderr.
    func finish() -> CommandLineTests.Run {
      let stdout = out.fileHandleForReading.readDataToEndOfFile()
      let stderr = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return CommandLineTests.Run(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
    }
  }

  /// Starts the built `planlens` with `arguments` in the package root, without waiting.
  static func start(_ arguments: [String]) throws -> Running {
    let process = Process()
    process.executableURL = CommandLineTests.executable
    process.arguments = arguments
    process.currentDirectoryURL = TestSupport.packageRoot
    let running = Running(process: process, out: Pipe(), err: Pipe())
    process.standardOutput = running.out
    process.standardError = running.err
    try process.run()
    return running
  }
}
