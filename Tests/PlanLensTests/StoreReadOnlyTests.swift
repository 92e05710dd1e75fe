import Foundation
import Testing

@testable import PlanLensStore

/// A database PlanLens may not write (a read-only share, a file of another user) is still
/// listed, searched, shown and exported: the query commands open it read-only.
@Suite("Store: read-only databases")
struct StoreReadOnlyTests {
  /// A database holding one corpus plan, in a folder of its own.
  static func storedPlan() throws -> (folder: URL, database: String) {
    let folder = try StoreTestSupport.temporaryFolder()
    let database = folder.appendingPathComponent("plans.sqlite").path
    do {
      let store = try PlanStore.open(path: database)
      try StoreTestSupport.ingest([StoreTestSupport.corpusFiles()[0]], into: store)
    }
    return (folder, database)
  }

  @Test("openReadOnly opens every connection read-only; writing through it is refused with a clear error")
  func readOnlyConnections() throws {
    let (_, database) = try Self.storedPlan()
    #expect(try PlanStore.open(path: database).connectionIsReadOnly() == false)
    #expect(try PlanStore.open(path: database).isReadOnly == false)
    let store = try PlanStore.openReadOnly(path: database)
    #expect(store.isReadOnly)
    #expect(store.connectionIsReadOnly())
    #expect(try DocumentList(store: store).table().values("path").count == 1)
    let prepared = try StoreTestSupport.document("一、总体要求\n到2025年，床位3000张。\n", path: "x.txt", sha256: "x")
    #expect {
      try DocumentWriter(store: store).store(prepared)
    } throws: { error in
      guard case .readOnlyDatabase(let path, _) = error as? StoreError else { return false }
      return path == database && (error as? StoreError)?.description.contains("read-only") == true
    }
    let check = try IntegrityReport.check(store)
    #expect(check.integrity == ["ok"])
  }

  @Test("openReadOnly of a missing file creates nothing")
  func missingFile() throws {
    let path = try StoreTestSupport.temporaryFolder().appendingPathComponent("none.sqlite").path
    #expect(throws: StoreError.missingDatabase(path: path)) { try PlanStore.openReadOnly(path: path) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// Root writes whatever the permission bits say, so the CLI is run as `nobody` on a database
  /// root owns in a folder only root may write: exactly a file of another user.
  static let canDropPrivileges = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  static func runAsNobody(_ arguments: [String]) throws -> CommandLineTests.Run {
    try CommandLineTests.run(
      URL(fileURLWithPath: "/usr/bin/setpriv"),
      ["--reuid=65534", "--regid=65534", "--clear-groups", CommandLineTests.executable.path] + arguments,
      in: URL(fileURLWithPath: "/"))
  }

  @Test(
    "another user's database is listed, searched, shown, exported and checked; ingest says it is read-only",
    .enabled(if: canDropPrivileges, "needs root and setpriv to run as another user"))
  func anotherUsersDatabase() throws {
    let (folder, database) = try Self.storedPlan()
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
    for command in [["list"], ["search", "养老"], ["show", "1"], ["export", "--format", "jsonl"], ["versions"]] {
      let r = try Self.runAsNobody(command + ["--db", database])
      #expect(r.status == 0, "\(command): \(r.stderr)")
      #expect(!r.stdout.isEmpty, "\(command)")
    }
    let targets = try Self.runAsNobody(["targets", "--db", database, "--format", "csv"])
    #expect(targets.status == 0, "\(targets.stderr)")
    let check = try Self.runAsNobody(["db", "check", "--db", database])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("search index: not checked"))
    let ingest = try Self.runAsNobody(["ingest", StoreTestSupport.corpusFiles()[1], "--db", database])
    #expect(ingest.status == 1)
    #expect(ingest.stderr.contains("read-only"), "\(ingest.stderr)")
  }
}
