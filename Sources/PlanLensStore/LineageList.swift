import GRDB
import PlanLensText

/// `planlens versions`: the lineages (versions of one plan) with their documents in version
/// order, lineages sorted by jurisdiction and title stem (Chinese collation).
public struct LineageList: Sendable {
  /// The database listed.
  public let store: PlanStore
  /// Only lineages with at least this many documents (1 = all).
  public var minimumVersions: Int

  public init(store: PlanStore, minimumVersions: Int = 1) {
    self.store = store
    self.minimumVersions = minimumVersions
  }

  public static let columns = [
    "lineage", "jurisdiction", "stem", "version", "document_id", "status", "period", "issued", "title", "path",
  ]

  /// One row per document, grouped by lineage.
  public func table() throws(StoreError) -> ResultTable {
    struct Lineage {
      var jurisdiction: String
      var stem: String
      var rows: [[ResultCell]]
    }
    let lineages: [Lineage] = try store.read { db in
      let names = JurisdictionNames()
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT l.id AS lineage_id, l.title_stem, l.jurisdiction_id, d.id, d.version_order, d.status,
            d.period_start, d.period_end, d.issue_date, d.title, d.source_path,
            (SELECT COUNT(*) FROM documents v WHERE v.lineage_id = l.id) AS versions
          FROM lineages l JOIN documents d ON d.lineage_id = l.id
          WHERE (SELECT COUNT(*) FROM documents v WHERE v.lineage_id = l.id) >= ?
          ORDER BY l.id, d.version_order
          """,
        arguments: [minimumVersions])
      var result: [Lineage] = []
      var current: Int64?
      for row in rows {
        let lineage: Int64 = row["lineage_id"]
        let jurisdiction = try names.name(of: row["jurisdiction_id"], in: db)
        if lineage != current {
          current = lineage
          result.append(Lineage(jurisdiction: jurisdiction, stem: row["title_stem"], rows: []))
        }
        let versions: Int = row["versions"]
        let order: Int = row["version_order"]
        result[result.count - 1].rows.append([
          .integer(lineage), .text(jurisdiction), .text(row["title_stem"]), .text("\(order)/\(versions)"),
          .integer(row["id"]), .text(row["status"]),
          .text(DocumentList.period(row["period_start"], row["period_end"])),
          .optional(row["issue_date"] as String?), .optional(row["title"] as String?), .text(row["source_path"]),
        ])
      }
      return result
    }
    let collator: ChineseCollator
    do { collator = try ChineseCollator() } catch { throw .database(path: store.path, reason: "\(error)") }
    let sorted = lineages.sorted { a, b in
      let byPlace = collator.compare(a.jurisdiction, b.jurisdiction)
      return byPlace != 0 ? byPlace < 0 : collator.compare(a.stem, b.stem) < 0
    }
    return ResultTable(columns: Self.columns, rows: sorted.flatMap(\.rows))
  }
}
