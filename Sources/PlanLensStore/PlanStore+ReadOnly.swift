import Foundation
import GRDB
import GRDBSQLite

extension PlanStore {
  /// Opens an existing database for the commands that only read it (`list`, `search`, `show`,
  /// `targets`, `export`, `report --db`, `diff --db`, `db check` …): every SQLite connection
  /// is read-only (`SQLITE_OPEN_READONLY`), so a file on a read-only share or owned by another
  /// user can be queried. Nothing is created, migrated or locked for writing.
  ///
  /// A file written by an older PlanLens needs its migrations, which a read-only connection
  /// cannot apply: it is opened for writing once to migrate, and refused with
  /// ``StoreError/readOnlyDatabase(path:action:)`` when that is not allowed either.
  public static func openReadOnly(path: String) throws(StoreError) -> PlanStore {
    guard FileManager.default.fileExists(atPath: path) else { throw .missingDatabase(path: path) }
    let store: PlanStore
    do {
      store = try checkedStore(path: path, location: path)
    } catch {
      // In WAL mode a reader needs the -shm index; in a folder it may not write, where no
      // writer holds one, SQLite cannot make it. Nothing can be writing then, so the file is
      // opened as immutable (no locks, no -shm).
      guard let uri = immutableURI(path), let immutable = try? checkedStore(path: path, location: uri) else {
        throw error
      }
      store = immutable
    }
    let pending: Bool
    do {
      pending = try !store.pool.read { try StoreSchema.migrator.hasCompletedMigrations($0) }
    } catch {
      throw StoreError.wrapping(error, path: path)
    }
    guard pending else { return store }
    do {
      _ = try open(path: path, create: false)
    } catch {
      throw .readOnlyDatabase(path: path, action: "bring it up to this version's schema")
    }
    return try readOnlyStore(path: path, location: path)
  }

  /// `file:…?immutable=1` for `path` (SQLite reads URI filenames; Debian's build enables them).
  private static func immutableURI(_ path: String) -> String? {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
    components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
    return components.string
  }

  /// A read-only store on `location` (the path, or a URI for it), checked to be PlanLens's.
  private static func checkedStore(path: String, location: String) throws(StoreError) -> PlanStore {
    let store = try readOnlyStore(path: path, location: location)
    try store.refuseForeignOrNewer()
    return store
  }

  private static func readOnlyStore(path: String, location: String) throws(StoreError) -> PlanStore {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    configuration.maximumReaderCount = 4
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    do {
      return PlanStore(
        path: path, pool: try DatabasePool(path: location, configuration: configuration), isReadOnly: true)
    } catch let error as DatabaseError {
      throw .cannotOpen(path: path, reason: error.message ?? error.description)
    } catch {
      throw .cannotOpen(path: path, reason: String(describing: error))
    }
  }

  /// Whether SQLite itself treats the main database of this store's writer connection as
  /// read-only (`sqlite3_db_readonly`): true for ``openReadOnly(path:)`` whatever the file's
  /// permissions (readers of a pool are read-only in any case).
  public func connectionIsReadOnly() -> Bool {
    pool.writeWithoutTransaction { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
  }
}
