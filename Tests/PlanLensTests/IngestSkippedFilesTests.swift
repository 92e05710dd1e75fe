import Foundation
import Testing

@testable import PlanLensStore

/// Folders with files PlanLens cannot read: each is named, counted, and the exit status says so.
@Suite("Ingest: skipped files")
struct IngestSkippedFilesTests {
  @Test("a folder of .ofd and .doc files names each as skipped, does not claim success, exits 1")
  func onlyUnreadable() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("a.ofd"))
    try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appendingPathComponent("b.doc"))
    let database = folder.appendingPathComponent("db.sqlite").path
    let r = try CommandLineTests.run(["ingest", folder.path, "--db", database])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("skipped: \(folder.path)/a.ofd: .ofd files are not read") })
    #expect(lines.contains { $0.hasPrefix("skipped: \(folder.path)/b.doc: .doc files are not read") })
    #expect(lines.contains { $0.hasPrefix("error: ") && $0.contains("2 skipped") })
    #expect(r.stdout.contains("2 skipped"))
  }

  @Test("plans go in, the folder's .ofd is named as skipped and counted, exit status 2")
  func someSkipped() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let plan = StoreTestSupport.corpusFiles()[0]
    try FileManager.default.copyItem(atPath: plan, toPath: folder.appendingPathComponent("plan.txt").path)
    try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("scan.ofd"))
    try Data("{}".utf8).write(to: folder.appendingPathComponent("manifest.json"))
    let database = folder.appendingPathComponent("db.sqlite").path
    let r = try CommandLineTests.run(["ingest", folder.path, "--db", database])
    #expect(r.status == 2)
    #expect(r.stdout.contains("1 added, 0 unchanged, 0 new versions, 0 failed, 1 skipped (1 file"))
    #expect(
      r.stderr.split(separator: "\n").map(String.init) == [
        "skipped: \(folder.path)/scan.ofd: .ofd files are not read; convert it to .txt, .docx or .html to include it"
      ])
  }

  @Test("report names skipped documents too and exits 2")
  func reportSkips() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: StoreTestSupport.corpusFiles()[0], toPath: folder.appendingPathComponent("plan.txt").path)
    try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("scan.ofd"))
    let out = folder.appendingPathComponent("out").path
    let r = try CommandLineTests.run(["report", folder.path, "--out", out, "--format", "md"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("skipped: \(folder.path)/scan.ofd"))
    #expect(r.stderr.contains("(1 skipped)"))
    #expect(FileManager.default.fileExists(atPath: out + "/comparison.md"))
  }
}
