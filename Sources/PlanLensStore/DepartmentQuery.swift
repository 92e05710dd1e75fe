import GRDB
import PlanLensText

/// `planlens departments`: the departments that own tasks across stored plans.
///
/// Without a name: one row per department (canonical name, level, jurisdiction) with how many
/// documents and tasks name it as lead or support, and the names printed for it. With
/// `canonical`: one row per task of that department, naming the document, heading and role.
public struct DepartmentQuery: Sendable {
  /// Only this canonical name (民政局, 卫生健康委员会); a department without one matches its
  /// name as printed.
  public var canonical: String?

  public init(canonical: String? = nil) {
    self.canonical = canonical
  }

  public static let summaryColumns = [
    "department", "level", "jurisdiction", "documents", "lead", "support", "printed_as",
  ]
  public static let taskColumns = [
    "department", "level", "jurisdiction", "document_id", "document", "heading", "role", "printed_as", "quote",
  ]

  /// The rows for this query in `store`.
  public func table(in store: PlanStore) throws(StoreError) -> ResultTable {
    let collator: ChineseCollator
    do { collator = try ChineseCollator() } catch { throw .database(path: store.path, reason: "\(error)") }
    if let canonical {
      return try tasks(of: canonical, in: store, collator: collator)
    }
    let rows: [(String, String, [ResultCell])] = try store.read { db in
      let names = JurisdictionNames()
      return try Row.fetchAll(
        db,
        sql: """
          SELECT d.id, d.name, d.level, d.jurisdiction_id,
            COUNT(DISTINCT r.document_id) AS documents,
            SUM(CASE WHEN m.role = 'lead' THEN 1 ELSE 0 END) AS lead,
            SUM(CASE WHEN m.role = 'support' THEN 1 ELSE 0 END) AS support,
            group_concat(DISTINCT m.name_as_printed) AS printed
          FROM departments d
          JOIN responsibility_departments m ON m.department_id = d.id
          JOIN responsibilities r ON r.id = m.responsibility_id
          GROUP BY d.id
          """
      ).map { row in
        let name: String = row["name"]
        let jurisdiction = try names.name(of: row["jurisdiction_id"], in: db)
        let printed: String = row["printed"] ?? ""
        let cells: [ResultCell] = [
          .text(name), .optional(row["level"] as String?), .text(jurisdiction), .integer(row["documents"]),
          .integer(row["lead"]), .integer(row["support"]),
          .text(collator.sorted(printed.split(separator: ",").map(String.init)).joined(separator: "、")),
        ]
        return (name, jurisdiction, cells)
      }
    }
    let sorted = rows.sorted { a, b in
      let byName = collator.compare(a.0, b.0)
      return byName != 0 ? byName < 0 : collator.compare(a.1, b.1) < 0
    }
    return ResultTable(columns: Self.summaryColumns, rows: sorted.map(\.2))
  }

  private func tasks(
    of canonical: String, in store: PlanStore, collator: ChineseCollator
  ) throws(StoreError) -> ResultTable {
    let rows: [(String, [ResultCell])] = try store.read { db in
      let names = JurisdictionNames()
      return try Row.fetchAll(
        db,
        sql: """
          SELECT d.name, d.level, d.jurisdiction_id, r.document_id, doc.title, r.heading_id, m.role,
            m.name_as_printed, r.quote
          FROM departments d
          JOIN responsibility_departments m ON m.department_id = d.id
          JOIN responsibilities r ON r.id = m.responsibility_id
          JOIN documents doc ON doc.id = r.document_id
          WHERE d.canonical = ? OR (d.canonical IS NULL AND d.name = ?)
          ORDER BY r.document_id, r.ordinal, m.role, m.ordinal
          """,
        arguments: [canonical, canonical]
      ).map { row in
        let jurisdiction = try names.name(of: row["jurisdiction_id"], in: db)
        let heading = try HeadingPath.labels(of: row["heading_id"], in: db).last ?? "(plan)"
        let cells: [ResultCell] = [
          .text(row["name"]), .optional(row["level"] as String?), .text(jurisdiction), .integer(row["document_id"]),
          .optional(row["title"] as String?), .text(heading), .text(row["role"]), .text(row["name_as_printed"]),
          .text(row["quote"]),
        ]
        return (jurisdiction, cells)
      }
    }
    return ResultTable(columns: Self.taskColumns, rows: collator.sorted(rows, by: \.0).map(\.1))
  }
}
