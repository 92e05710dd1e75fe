import Foundation
import Testing

@testable import PlanLensStore

/// Folders with files PlanLens cannot read: each is named, counted, and the exit status says so.
@Suite("Ingest: skipped files")
struct IngestSkippedFilesTests {
  @Test("a folder of .xls and .rtf files names each as skipped, does not claim success, exits 1")
  func onlyUnreadable() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appendingPathComponent("a.xls"))
    try Data("{\\rtf1 }".utf8).write(to: folder.appendingPathComponent("b.rtf"))
    let database = folder.appendingPathComponent("db.sqlite").path
    let r = try CommandLineTests.run(["ingest", folder.path, "--db", database])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("skipped: \(folder.path)/a.xls: .xls files are not read") })
    #expect(lines.contains { $0.hasPrefix("skipped: \(folder.path)/b.rtf: .rtf files are not read") })
    #expect(lines.contains { $0.hasPrefix("error: ") && $0.contains("2 skipped") })
    #expect(r.stdout.contains("2 skipped"))
  }

  @Test("plans go in, the folder's .xls is named as skipped and counted, exit status 2")
  func someSkipped() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let plan = StoreTestSupport.corpusFiles()[0]
    try FileManager.default.copyItem(atPath: plan, toPath: folder.appendingPathComponent("plan.txt").path)
    try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appendingPathComponent("table.xls"))
    try Data("{}".utf8).write(to: folder.appendingPathComponent("manifest.json"))
    let database = folder.appendingPathComponent("db.sqlite").path
    let r = try CommandLineTests.run(["ingest", folder.path, "--db", database])
    #expect(r.status == 2)
    #expect(r.stdout.contains("1 added, 0 unchanged, 0 new versions, 0 failed, 1 skipped (1 file"))
    #expect(
      r.stderr.split(separator: "\n").map(String.init) == [
        "skipped: \(folder.path)/table.xls: .xls files are not read; convert it to .txt, .docx or .html to include it"
      ])
  }

  @Test("report names skipped documents too and exits 2")
  func reportSkips() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: StoreTestSupport.corpusFiles()[0], toPath: folder.appendingPathComponent("plan.txt").path)
    try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appendingPathComponent("table.xls"))
    let out = folder.appendingPathComponent("out").path
    let r = try CommandLineTests.run(["report", folder.path, "--out", out, "--format", "md"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("skipped: \(folder.path)/table.xls"))
    #expect(r.stderr.contains("(1 skipped)"))
    #expect(FileManager.default.fileExists(atPath: out + "/comparison.md"))
  }
}

/// `extract` and `targets` take folders as `ingest` and `report` do: every readable format in
/// them (an OFD among the .txt), unreadable ones named as skipped.
@Suite("Ingest: folders for extract and targets")
struct FolderArgumentTests {
  static func folder() throws -> URL {
    let folder = try StoreTestSupport.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: StoreTestSupport.corpusFiles()[0], toPath: folder.appendingPathComponent("a-plan.txt").path)
    let (pages, _) = TestOFD.layout(["一、总体要求", "到2025年，全市护理型床位占比达到60%。"], linesPerPage: 20)
    try TestOFD.make(pages: pages, split: .perLine).write(to: folder.appendingPathComponent("b-plan.ofd"))
    try Data("{\\rtf1 }".utf8).write(to: folder.appendingPathComponent("c-notes.rtf"))
    return folder
  }

  @Test("extract reads a folder: one JSON line per plan, the .rtf skipped, exit status 2")
  func extractFolder() throws {
    let folder = try Self.folder()
    let r = try CommandLineTests.run(["extract", folder.path])
    #expect(r.status == 2)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.contains("\"format\":\"ofd\"") == true)
    #expect(r.stderr.contains("skipped: \(folder.path)/c-notes.rtf: .rtf files are not read"))
  }

  @Test("targets reads a folder: the OFD's quantity is listed with its file")
  func targetsFolder() throws {
    let folder = try Self.folder()
    let r = try CommandLineTests.run(["targets", folder.path, "--format", "csv"])
    #expect(r.status == 2)
    #expect(r.stdout.contains("\(folder.path)/b-plan.ofd"))
    #expect(r.stdout.contains("护理型床位占比"))
    #expect(r.stdout.contains("\(folder.path)/a-plan.txt"))
  }
}
