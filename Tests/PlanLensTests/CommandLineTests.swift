import Foundation
import Testing

/// The `planlens` executable as a researcher runs it: exit codes, stderr messages, outputs.
@Suite("Command line")
struct CommandLineTests {
  /// The built `planlens` next to the test bundle.
  static let executable: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("planlens")

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String]) throws -> Run {
    try run(executable, arguments, in: TestSupport.packageRoot)
  }

  /// Runs `program` with `arguments` in `directory`, collecting its exit status and output.
  static func run(_ program: URL, _ arguments: [String], in directory: URL) throws -> Run {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  @Test("--version names the tool and the export schema it writes")
  func version() throws {
    let run = try Self.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("planlens "))
    #expect(run.stdout.contains("schemaVersion 1"))
  }

  @Test("extract prints the export of a corpus plan")
  func extractJSON() throws {
    let r = try Self.run(["extract", "corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt"])
    #expect(r.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    #expect(json?["schemaVersion"] as? Int == 1)
    #expect((json?["meta"] as? [String: Any])?["title"] as? String == "济宁市养老服务高质量发展三年行动方案（2024—2026年）")
    #expect((json?["headings"] as? [Any])?.count == 42)
  }

  @Test("bad files get one error line each, good files are still processed, exit status 1")
  func badFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let binary = dir.appendingPathComponent("image.txt")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)).write(to: binary)
    let missing = dir.appendingPathComponent("missing.txt")
    let r = try Self.run([
      "extract", missing.path, "corpus/shandong-qingdao-basic-elderly-care-opinions-draft.txt", empty.path,
      dir.path, binary.path, "--format", "text",
    ])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    // The folder is read too: its two bad files fail again, in sorted order.
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { $0.hasPrefix("error: ") })
    #expect(lines[0].contains(missing.path))
    #expect(lines[1].contains("empty"))
    #expect(lines[2].contains(dir.path + "/empty.txt"))
    #expect(lines[3].contains(dir.path + "/image.txt"))
    #expect(lines[4].contains("binary"))
    #expect(r.stdout.contains("关于推进基本养老服务体系建设的实施意见"))
  }

  @Test("targets lists quantities as CSV")
  func targetsCSV() throws {
    let r = try Self.run(["targets", "corpus/shandong-taian-taishan-elderly-care-demonstration-scheme-2021.txt"])
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n")
    #expect(rows.first?.hasPrefix("file,jurisdiction,indicator,comparator,value") == true)
    #expect(rows.count == 5)
    #expect(rows.contains { $0.contains("新增护理型床位,>=,500,,张") })
  }
}
