import Foundation
import GRDB
import PlanLensStore
import Testing

/// Migrations, refusal of newer and foreign databases, `db check`, and the portable schema.
@Suite("Store: schema")
struct StoreSchemaTests {
  @Test("a new database gets every migration, WAL mode and foreign keys")
  func newDatabase() throws {
    let path = try StoreTestSupport.databasePath()
    let store = try PlanStore.open(path: path)
    #expect(try store.appliedMigrations() == StoreSchema.migrationIdentifiers)
    #expect(StoreSchema.migrationIdentifiers == ["v1", "v1-search", "v2-deadline-source", "v3-pages"])
    let queue = try DatabaseQueue(path: path)
    #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    let pool = try DatabasePool(path: path)
    #expect(try pool.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
  }

  @Test("a database from a newer PlanLens is refused with a clear message")
  func newerSchema() throws {
    let path = try StoreTestSupport.databasePath()
    _ = try PlanStore.open(path: path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
    }
    #expect(throws: StoreError.newerSchema(path: path, unknown: ["v9-future"])) {
      try PlanStore.open(path: path)
    }
    let r = try CommandLineTests.run(["list", "--db", path])
    #expect(r.status == 1)
    #expect(
      r.stderr
        == "error: \(path): written by a newer PlanLens (schema v9-future unknown here); upgrade planlens to read it\n")
  }

  @Test("an older database is migrated on open and keeps its rows")
  func olderSchema() throws {
    let path = try StoreTestSupport.databasePath()
    let queue = try DatabaseQueue(path: path)
    try StoreSchema.migrator.migrate(queue, upTo: "v1")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO jurisdictions (id, code, name, level) VALUES (1, '370000000000', '山东省', 'province');
          """)
    }
    try queue.close()
    let store = try PlanStore.open(path: path)
    #expect(try store.appliedMigrations() == ["v1", "v1-search", "v2-deadline-source", "v3-pages"])
    #expect(try store.rowCounts()["jurisdictions"] == 1)
    try StoreTestSupport.ingest([StoreTestSupport.corpusFiles()[0]], into: store)
    #expect(try ProvisionSearch(store: store).search("养老").count > 0)
    #expect(try store.rowCounts()["jurisdictions"] == 2)
  }

  @Test("an SQLite file of another program is refused")
  func foreignDatabase() throws {
    let path = try StoreTestSupport.databasePath()
    try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
    #expect(throws: StoreError.notAStore(path: path)) { try PlanStore.open(path: path) }
    let text = try StoreTestSupport.temporaryFolder().appendingPathComponent("plain.sqlite")
    try Data("not a database at all, just text".utf8).write(to: text)
    #expect(throws: StoreError.self) { try PlanStore.open(path: text.path) }
  }

  @Test("db check: sound on the corpus, reports a broken foreign key")
  func check() throws {
    let path = try StoreTestSupport.databasePath()
    let store = try PlanStore.open(path: path)
    try StoreTestSupport.ingest(Array(StoreTestSupport.corpusFiles().prefix(2)), into: store)
    let report = try IntegrityReport.check(store)
    #expect(report.isSound)
    #expect(report.integrity == ["ok"])
    #expect(report.rowCounts["documents"] == 2)
    let ok = try CommandLineTests.run(["db", "check", "--db", path])
    #expect(ok.status == 0)
    #expect(
      ok.stdout.contains(
        "integrity_check: ok\nforeign_key_check: ok\nsearch index: ok\nschema: v1, v1-search, v2-deadline-source, v3-pages\n"
      ))
    #expect(ok.stdout.hasSuffix("sound\n"))

    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(sql: "UPDATE quantities SET heading_id = 999999 WHERE id = 1")
    }
    try queue.close()
    let broken = try IntegrityReport.check(try PlanStore.open(path: path))
    #expect(!broken.isSound)
    #expect(broken.foreignKeyViolations == ["quantities row 1 → headings"])
    let bad = try CommandLineTests.run(["db", "check", "--db", path])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("foreign_key_check: 1 violations\n  quantities row 1 → headings\n"))
  }

  @Test("the portable tables use only types PostgreSQL has, snake_case names and declared foreign keys")
  func portableSchema() throws {
    let path = try StoreTestSupport.databasePath()
    let store = try PlanStore.open(path: path)
    _ = store
    let queue = try DatabaseQueue(path: path)
    try queue.read { db in
      for table in PlanStore.tables {
        let columns = try db.columns(in: table)
        #expect(!columns.isEmpty)
        for column in columns {
          #expect(["INTEGER", "TEXT", "DOUBLE PRECISION"].contains(column.type), "\(table).\(column.name)")
          #expect(column.name.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber }, "\(table).\(column.name)")
        }
        for column in columns where column.name.hasSuffix("_id") {
          let keys = try db.foreignKeys(on: table).flatMap { $0.mapping.map(\.origin) }
          #expect(keys.contains(column.name), "\(table).\(column.name) has no foreign key")
        }
      }
      let search = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'provision_search'")
      #expect(search?.contains("fts5") == true)
    }
  }
}
