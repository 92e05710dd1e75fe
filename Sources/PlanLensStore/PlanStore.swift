import Foundation
import GRDB

/// A PlanLens database on disk: SQLite in WAL mode through a GRDB `DatabasePool`, foreign keys
/// on, a 10-second busy timeout so several processes can ingest at once, schema migrated on open.
///
/// Open it with ``open(path:create:)``; every other type of this module works through it.
public struct PlanStore: Sendable {
  /// The database file, as given.
  public let path: String
  let pool: DatabasePool
  /// Whether the connections were opened read-only (``openReadOnly(path:)``).
  public let isReadOnly: Bool

  /// How long a writer waits for another process's transaction before giving up.
  public static let busyTimeout: TimeInterval = 10

  init(path: String, pool: DatabasePool, isReadOnly: Bool = false) {
    self.path = path
    self.pool = pool
    self.isReadOnly = isReadOnly
  }

  /// Opens (and with `create`, creates) the database at `path` and migrates it to this build's
  /// schema. Refuses a database written by a newer PlanLens and an SQLite file of another program.
  public static func open(path: String, create: Bool = true) throws(StoreError) -> PlanStore {
    if !create, !FileManager.default.fileExists(atPath: path) { throw .missingDatabase(path: path) }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.maximumReaderCount = 4
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch _ where FileManager.default.fileExists(atPath: path) && !WritableFile.check(path) {
      throw .readOnlyDatabase(path: path, action: "write to it")
    } catch let error as DatabaseError {
      throw .cannotOpen(path: path, reason: error.message ?? error.description)
    } catch {
      throw .cannotOpen(path: path, reason: String(describing: error))
    }
    let store = PlanStore(path: path, pool: pool)
    try store.refuseForeignOrNewer()
    try store.migrate()
    return store
  }

  /// Throws when the file holds tables but no PlanLens migrations, or migrations this build lacks.
  func refuseForeignOrNewer() throws(StoreError) {
    let state: (applied: Set<String>, hasMigrationTable: Bool, userTables: Int)
    do {
      state = try pool.read { db in
        let hasMigrations = try db.tableExists("grdb_migrations")
        let applied = hasMigrations ? try StoreSchema.migrator.appliedIdentifiers(db) : []
        let tables =
          try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0
        return (applied, hasMigrations, tables)
      }
    } catch let error as DatabaseError {
      throw .cannotOpen(path: path, reason: error.message ?? error.description)
    } catch {
      throw .cannotOpen(path: path, reason: String(describing: error))
    }
    if !state.hasMigrationTable, state.userTables > 0 { throw .notAStore(path: path) }
    let known = Set(StoreSchema.migrationIdentifiers)
    let unknown = state.applied.subtracting(known).sorted()
    if !unknown.isEmpty { throw .newerSchema(path: path, unknown: unknown) }
  }

  /// Applies the migrations the file lacks. Two processes opening a new file at once may race to
  /// create the tables; the loser finds them made and carries on.
  private func migrate() throws(StoreError) {
    var attempt = 0
    while true {
      attempt += 1
      do {
        try StoreSchema.migrator.migrate(pool)
        return
      } catch {
        let done = (try? pool.read { try StoreSchema.migrator.hasCompletedMigrations($0) }) ?? false
        if done { return }
        if attempt >= 3 { throw StoreError.wrapping(error, path: path) }
      }
    }
  }

  /// Runs `body` on a read-only snapshot of the database.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw StoreError.wrapping(error, path: path)
    }
  }

  /// Runs `body` in one immediate write transaction: all of it is committed or none of it.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.write(body)
    } catch {
      throw StoreError.wrapping(error, path: path)
    }
  }

  /// Runs `body` in one immediate write transaction without blocking the calling task.
  func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
    do {
      return try await pool.write(body)
    } catch {
      throw StoreError.wrapping(error, path: path)
    }
  }

  /// The migrations applied to this file, oldest first.
  public func appliedMigrations() throws(StoreError) -> [String] {
    try read { try StoreSchema.migrator.appliedMigrations($0) }
  }

  /// The id of the stored document with this content hash, if any.
  public func documentID(sha256: String) throws(StoreError) -> Int64? {
    try read { db in
      try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE sha256 = ?", arguments: [sha256])
    }
  }

  /// Number of rows in each table of the portable schema, by table name.
  public func rowCounts() throws(StoreError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for table in Self.tables {
        counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
      }
      return counts
    }
  }

  /// The tables of the portable schema, parents before children.
  public static let tables = [
    "jurisdictions", "lineages", "documents", "headings", "provisions", "quantities", "departments",
    "responsibilities", "responsibility_departments", "milestones",
  ]
}
