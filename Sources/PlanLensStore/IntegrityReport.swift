import GRDB

/// `planlens db check`: SQLite's `integrity_check`, `foreign_key_check` and FTS5's own
/// integrity check of the search index, with the schema and row counts.
public struct IntegrityReport: Sendable, Equatable {
  /// Lines of `PRAGMA integrity_check`: ["ok"] for a sound file.
  public var integrity: [String]
  /// One line per row of `PRAGMA foreign_key_check`: "table rowid → parent".
  public var foreignKeyViolations: [String]
  /// nil when the search index matches the provisions, else FTS5's message.
  public var searchIndexProblem: String?
  /// Whether FTS5's check ran: it is a write statement, so a database that may not be written
  /// (a read-only share, a file of another user) is checked without it.
  public var searchIndexChecked = true
  /// Migrations applied to the file, oldest first.
  public var migrations: [String]
  /// Rows per table of the portable schema.
  public var rowCounts: [String: Int]

  /// Whether every check passed.
  public var isSound: Bool {
    integrity == ["ok"] && foreignKeyViolations.isEmpty && searchIndexProblem == nil
  }

  /// Runs the checks on `store`.
  public static func check(_ store: PlanStore) throws(StoreError) -> IntegrityReport {
    let (integrity, violations) = try store.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
        let table: String = row[0]
        let rowid: Int64? = row[1]
        let parent: String = row[2]
        return "\(table) row \(rowid.map(String.init) ?? "?") → \(parent)"
      }
      return (integrity, violations)
    }
    var problem: String?
    // FTS5's check is a write statement that changes nothing: on a read-only store it runs
    // through a writing connection only when the file may be written.
    let checker: PlanStore?
    if !store.isReadOnly {
      checker = store
    } else {
      checker = WritableFile.check(store.path) ? try? PlanStore.open(path: store.path, create: false) : nil
    }
    if let checker {
      do {
        try checker.write { db in
          try db.execute(sql: "INSERT INTO provision_search (provision_search) VALUES ('integrity-check')")
        }
      } catch {
        problem = error.description
      }
    }
    return IntegrityReport(
      integrity: integrity, foreignKeyViolations: violations, searchIndexProblem: problem,
      searchIndexChecked: checker != nil, migrations: try store.appliedMigrations(), rowCounts: try store.rowCounts())
  }

  /// Lines for the terminal: each check with its result, then the row counts.
  public var lines: [String] {
    var lines = [
      "integrity_check: \(integrity.joined(separator: "; "))",
      "foreign_key_check: \(foreignKeyViolations.isEmpty ? "ok" : "\(foreignKeyViolations.count) violations")",
    ]
    lines += foreignKeyViolations.prefix(20).map { "  \($0)" }
    lines.append(
      "search index: \(searchIndexChecked ? searchIndexProblem ?? "ok" : "not checked (FTS5 checks only a database it may write)")"
    )
    lines.append("schema: \(migrations.joined(separator: ", "))")
    lines.append(
      "rows: " + PlanStore.tables.map { "\($0) \(rowCounts[$0] ?? 0)" }.joined(separator: ", "))
    lines.append(isSound ? "sound" : "PROBLEMS FOUND")
    return lines
  }
}
