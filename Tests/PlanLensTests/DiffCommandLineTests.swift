import Foundation
import Testing

/// `planlens diff` as a researcher runs it.
@Suite("Diff: command line")
struct DiffCommandLineTests {
  static let jining = "corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt"
  static let draft = "reports/diff-example/jining-action-plan-draft.txt"

  @Test("a plan diffed with itself: JSON with all provisions unchanged and no fact changes")
  func selfDiffJSON() throws {
    let r = try CommandLineTests.run(["diff", Self.jining, Self.jining, "--format", "json"])
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["unchanged"] as? Int == 33)
    #expect(summary["reworded"] as? Int == 0 && summary["added"] as? Int == 0 && summary["removed"] as? Int == 0)
    #expect((json["factChanges"] as? [Any])?.isEmpty == true)
  }

  @Test("--format html --out writes one self-contained redline")
  func htmlToFile() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-diff-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try CommandLineTests.run(["diff", Self.draft, Self.jining, "--format", "html", "--out", out.path])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("id=\"old-source\"") && html.contains("id=\"new-source\""))
  }

  @Test("the worked example under reports/diff-example is what the diff prints today", arguments: ["md", "html"])
  func workedExampleUpToDate(format: String) throws {
    let r = try CommandLineTests.run(["diff", Self.draft, Self.jining, "--format", format])
    #expect(r.status == 0)
    let committed = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("reports/diff-example/diff.\(format)"), encoding: .utf8
    )
    #expect(
      r.stdout == committed,
      "regenerate with: planlens diff \(Self.draft) \(Self.jining) --format \(format) --out reports/diff-example/diff.\(format)"
    )
  }

  @Test("--db diffs two stored documents exactly as the files diff")
  func storedDocuments() throws {
    let db = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-diff-\(UUID().uuidString).sqlite")
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db.path + suffix) }
    }
    let ingest = try CommandLineTests.run(["ingest", Self.draft, Self.jining, "--db", db.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let stored = try CommandLineTests.run(["diff", "--db", db.path, Self.draft, Self.jining, "--format", "json"])
    let files = try CommandLineTests.run(["diff", Self.draft, Self.jining, "--format", "json"])
    #expect(stored.status == 0, "\(stored.stderr)")
    let a = try #require(try JSONSerialization.jsonObject(with: Data(stored.stdout.utf8)) as? [String: Any])
    let b = try #require(try JSONSerialization.jsonObject(with: Data(files.stdout.utf8)) as? [String: Any])
    #expect((a["summary"] as? NSDictionary) == (b["summary"] as? NSDictionary))
    #expect((a["factChanges"] as? NSArray) == (b["factChanges"] as? NSArray))
    #expect((a["summary"] as? [String: Any])?["moved"] as? Int == 1)
    let missing = try CommandLineTests.run(["diff", "--db", db.path, "1", "999"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("error: ") && missing.stderr.contains("999"))
  }

  @Test("an unreadable version: one error line naming it, exit status 1")
  func missingFile() throws {
    let r = try CommandLineTests.run(["diff", "no/such/plan.txt", Self.jining])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("error: ") == true && lines.first?.contains("no/such/plan.txt") == true)
    #expect(r.stdout.isEmpty)
  }

  @Test("one version only is a usage error")
  func oneVersion() throws {
    let r = try CommandLineTests.run(["diff", Self.jining])
    #expect(r.status != 0)
    #expect(r.stderr.contains("exactly two versions"))
  }
}
