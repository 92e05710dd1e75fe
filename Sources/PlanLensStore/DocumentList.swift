import GRDB
import PlanLensText

/// `planlens list`: one row per stored document with its jurisdiction, type, status, period,
/// version and counts, sorted by jurisdiction (Chinese collation), then period, then id.
public struct DocumentList: Sendable {
  /// The database listed.
  public let store: PlanStore

  public init(store: PlanStore) {
    self.store = store
  }

  public static let columns = [
    "id", "jurisdiction", "title", "type", "status", "period", "issued", "version", "headings", "provisions",
    "quantities", "responsibilities", "milestones", "sha256", "path",
  ]

  /// Every stored document.
  public func table() throws(StoreError) -> ResultTable {
    struct Entry {
      var jurisdiction: String
      var start: Int
      var id: Int64
      var cells: [ResultCell]
    }
    let entries: [Entry] = try store.read { db in
      let names = JurisdictionNames()
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT d.id, d.sha256, d.source_path, d.title, d.jurisdiction_id, d.doc_type, d.status,
            d.period_start, d.period_end, d.issue_date, d.version_order,
            (SELECT COUNT(*) FROM documents v WHERE v.lineage_id = d.lineage_id) AS versions,
            (SELECT COUNT(*) FROM headings x WHERE x.document_id = d.id) AS headings,
            (SELECT COUNT(*) FROM provisions x WHERE x.document_id = d.id) AS provisions,
            (SELECT COUNT(*) FROM quantities x WHERE x.document_id = d.id) AS quantities,
            (SELECT COUNT(*) FROM responsibilities x WHERE x.document_id = d.id) AS responsibilities,
            (SELECT COUNT(*) FROM milestones x WHERE x.document_id = d.id) AS milestones
          FROM documents d ORDER BY d.id
          """)
      return try rows.map { row in
        let jurisdiction = try names.name(of: row["jurisdiction_id"], in: db)
        let start: Int? = row["period_start"]
        let end: Int? = row["period_end"]
        let sha: String = row["sha256"]
        let versionOrder: Int = row["version_order"]
        let versions: Int = row["versions"]
        let cells: [ResultCell] = [
          .integer(row["id"]), .text(jurisdiction), .optional(row["title"] as String?),
          .optional(row["doc_type"] as String?), .text(row["status"]), .text(Self.period(start, end)),
          .optional(row["issue_date"] as String?), .text("\(versionOrder)/\(versions)"),
          .integer(row["headings"]), .integer(row["provisions"]), .integer(row["quantities"]),
          .integer(row["responsibilities"]), .integer(row["milestones"]), .text(String(sha.prefix(12))),
          .text(row["source_path"]),
        ]
        return Entry(jurisdiction: jurisdiction, start: start ?? end ?? Int.max, id: row["id"], cells: cells)
      }
    }
    let collator: ChineseCollator
    do { collator = try ChineseCollator() } catch { throw .database(path: store.path, reason: "\(error)") }
    let sorted = entries.sorted { a, b in
      let order = collator.compare(a.jurisdiction, b.jurisdiction)
      if order != 0 { return order < 0 }
      return (a.start, a.id) < (b.start, b.id)
    }
    return ResultTable(columns: Self.columns, rows: sorted.map(\.cells))
  }

  /// "2021–2025", "2025" for a one-year or open-start period, "" when unknown.
  public static func period(_ start: Int?, _ end: Int?) -> String {
    switch (start, end) {
    case (let s?, let e?) where s != e: return "\(s)–\(e)"
    case (let s?, _): return String(s)
    case (nil, let e?): return "–\(e)"
    default: return ""
    }
  }
}
