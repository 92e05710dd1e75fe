import GRDB
import PlanLensModel

/// Groups documents into lineages, the versions of one plan (same jurisdiction, same title stem),
/// and keeps each lineage's `version_order`: earlier editions first (by period start, else period
/// end, else year of issue), within an edition the draft before the final text, then by date of
/// issue and order of ingestion.
struct LineageRecorder: Sendable {
  let stems: TitleStem

  /// The lineage of a plan: its key, jurisdiction row and title stem.
  struct Lineage: Sendable {
    var key: String
    var jurisdictionID: Int64?
    var stem: String
  }

  /// The lineage `meta` belongs to. A document without a title is a lineage of its own.
  func lineage(of meta: DocumentMeta, sha256: String, jurisdiction: JurisdictionRecorder.Recorded) -> Lineage {
    let place =
      jurisdiction.code
      ?? [meta.jurisdiction.province, meta.jurisdiction.city, meta.jurisdiction.county].compactMap { $0 }
      .joined(separator: "/")
    let stem = meta.title.map(stems.stem) ?? ""
    if stem.isEmpty {
      return Lineage(key: "\(place)|sha256:\(sha256)", jurisdictionID: jurisdiction.id, stem: meta.title ?? "")
    }
    return Lineage(key: "\(place)|\(stem)", jurisdictionID: jurisdiction.id, stem: stem)
  }

  /// The id of `lineage`'s row (created when new) and how many documents it held before.
  func record(_ lineage: Lineage, in db: Database) throws -> (id: Int64, existing: Int) {
    try db.cachedStatement(
      sql: """
        INSERT INTO lineages (lineage_key, jurisdiction_id, title_stem) VALUES (?, ?, ?)
        ON CONFLICT (lineage_key) DO NOTHING
        """
    ).execute(arguments: [lineage.key, lineage.jurisdictionID, lineage.stem])
    guard
      let id = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM lineages WHERE lineage_key = ?"), arguments: [lineage.key])
    else { throw DatabaseError(message: "lineage \(lineage.key) was not stored") }
    let existing =
      try Int.fetchOne(
        db.cachedStatement(sql: "SELECT COUNT(*) FROM documents WHERE lineage_id = ?"), arguments: [id]) ?? 0
    return (id, existing)
  }

  /// Numbers the documents of lineage `id` 1, 2, … in version order.
  func renumber(lineage id: Int64, in db: Database) throws {
    struct Version {
      var id: Int64
      var edition: Int
      var draftFirst: Int
      var issueDate: String
    }
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT id, period_start, period_end, issue_date, status FROM documents WHERE lineage_id = ?"),
      arguments: [id])
    let versions = rows.map { row -> Version in
      let issueDate: String? = row["issue_date"]
      let issueYear = issueDate.flatMap { Int($0.prefix(4)) }
      let start: Int? = row["period_start"]
      let end: Int? = row["period_end"]
      let status = DocumentStatus(rawValue: row["status"] as String)
      return Version(
        id: row["id"], edition: start ?? end ?? issueYear ?? Int.max, draftFirst: status == .draft ? 0 : 1,
        issueDate: issueDate ?? "9999")
    }
    let ordered = versions.sorted {
      ($0.edition, $0.draftFirst, $0.issueDate, $0.id) < ($1.edition, $1.draftFirst, $1.issueDate, $1.id)
    }
    let update = try db.cachedStatement(sql: "UPDATE documents SET version_order = ? WHERE id = ?")
    for (index, version) in ordered.enumerated() {
      try update.execute(arguments: [index + 1, version.id])
    }
  }
}
