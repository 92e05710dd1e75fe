import GRDB

/// Why the store could not do what was asked.
///
/// `description` is one line: what is wrong, where, and what to do. The CLI prints it as
/// `error: <description>`.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No database file at `path` for a command that reads one.
  case missingDatabase(path: String)
  /// SQLite could not open or read the file at `path` (`reason` as SQLite words it).
  case cannotOpen(path: String, reason: String)
  /// The file is an SQLite database, but not one PlanLens wrote (it has tables and no migrations).
  case notAStore(path: String)
  /// The database was written by a newer PlanLens: `unknown` are its migrations this build lacks.
  case newerSchema(path: String, unknown: [String])
  /// Reading or writing the database failed (`reason` as SQLite words it).
  case database(path: String, reason: String)
  /// An extracted document contradicts itself, e.g. a provision under a heading id it does not have.
  case inconsistentDocument(path: String, reason: String)
  /// The search text has no word in it (only spaces or punctuation).
  case emptyQuery(query: String)
  /// No stored document matches `reference` (an id, a sha256 prefix or a source path).
  case unknownDocument(reference: String)
  /// `reference` matches several stored documents; `matches` says how many.
  case ambiguousDocument(reference: String, matches: Int)
  /// A folder or file for export could not be written.
  case cannotWrite(path: String, reason: String)
  /// The database cannot be written (a read-only share, a file of another user) and the
  /// command needed to `action` ("add documents to it").
  case readOnlyDatabase(path: String, action: String)

  public var description: String {
    switch self {
    case .missingDatabase(let path):
      return "\(path): no database here; run `planlens ingest FILES --db \(path)` first or pass --db"
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the database (\(reason)); check that it is a PlanLens SQLite file you may write"
    case .notAStore(let path):
      return "\(path): an SQLite database PlanLens did not create; pass another --db file"
    case .newerSchema(let path, let unknown):
      return
        "\(path): written by a newer PlanLens (schema \(unknown.joined(separator: ", ")) unknown here); upgrade planlens to read it"
    case .database(let path, let reason):
      return "\(path): database error (\(reason)); run `planlens db check --db \(path)` and retry"
    case .inconsistentDocument(let path, let reason):
      return "\(path): the extraction is inconsistent (\(reason)); nothing was stored, please report the file"
    case .emptyQuery(let query):
      return "search text \"\(query)\" has no words; give at least one Chinese word or number"
    case .unknownDocument(let reference):
      return "\(reference): no stored document has this id, sha256 prefix or path; see `planlens list`"
    case .ambiguousDocument(let reference, let matches):
      return "\(reference): matches \(matches) stored documents; give a longer sha256 prefix or the id"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write (\(reason)); check the folder exists and you may write there"
    case .readOnlyDatabase(let path, let action):
      return
        "\(path): the database is read-only here (a read-only share, or a file of another user), so PlanLens cannot \(action); copy it to a folder you may write and pass --db with the copy"
    }
  }

  /// `error` as a store error about the database at `path`: store errors pass through, SQLite
  /// errors keep SQLite's own message.
  static func wrapping(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_READONLY {
        return .readOnlyDatabase(path: path, action: "write to it")
      }
      return .database(path: path, reason: error.message ?? error.description)
    }
    return .database(path: path, reason: String(describing: error))
  }
}
