import GRDB
import PlanLensModel
import PlanLensText

/// `planlens targets --db`: stored quantities across documents, filtered, each document rebuilt
/// with the quantities that pass and the headings they cite (so the same rows as
/// `planlens targets FILE...` can be made from them).
///
/// Rows come sorted by jurisdiction (Chinese collation), then document, then document order.
public struct QuantityQuery: Sendable {
  /// The quantities kept, applied in SQL.
  public var filter: QuantityFilter

  public init(_ filter: QuantityFilter) {
    self.filter = filter
  }

  public init(indicator: String? = nil, jurisdiction: String? = nil, kind: Quantity.Kind? = nil, year: Int? = nil) {
    self.init(QuantityFilter(indicator: indicator, jurisdiction: jurisdiction, kind: kind, year: year))
  }

  /// One partial document per stored document with a matching quantity (source, jurisdiction,
  /// the matching quantities and the headings they cite), sorted by jurisdiction.
  public func documents(in store: PlanStore) throws(StoreError) -> [ExtractedDocument] {
    let documents: [(jurisdiction: String, document: ExtractedDocument)] = try store.read { db in
      var conditions: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let indicator = filter.indicator, !indicator.isEmpty {
        conditions.append("instr(q.indicator, ?) > 0")
        arguments.append(indicator)
      }
      if let kind = filter.kind {
        conditions.append("q.kind = ?")
        arguments.append(kind.rawValue)
      }
      if let year = filter.year {
        conditions.append("q.deadline_year = ?")
        arguments.append(year)
      }
      if let jurisdiction = filter.jurisdiction, !jurisdiction.isEmpty {
        conditions.append(
          """
          d.jurisdiction_id IN (
            WITH RECURSIVE places (id) AS (
              SELECT id FROM jurisdictions WHERE name = ? OR substr(name, 1, length(?)) = ?
              UNION SELECT j.id FROM jurisdictions j JOIN places p ON j.parent_id = p.id
            ) SELECT id FROM places)
          """)
        arguments += [jurisdiction, jurisdiction, jurisdiction]
      }
      let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT q.*, d.source_path, d.sha256, d.encoding, d.format, d.jurisdiction_id,
            h.heading_key, h.label AS heading_label, h.title AS heading_title
          FROM quantities q JOIN documents d ON d.id = q.document_id
          LEFT JOIN headings h ON h.id = q.heading_id
          \(filter)
          ORDER BY q.document_id, q.ordinal
          """,
        arguments: StatementArguments(arguments))
      return try Self.documents(from: rows, in: db)
    }
    let collator: ChineseCollator
    do { collator = try ChineseCollator() } catch { throw .database(path: store.path, reason: "\(error)") }
    return collator.sorted(documents, by: \.jurisdiction).map(\.document)
  }

  /// The rows grouped into one partial export per document (source, jurisdiction, the headings
  /// the quantities cite, the quantities).
  private static func documents(
    from rows: [Row], in db: Database
  ) throws -> [(jurisdiction: String, document: ExtractedDocument)] {
    var result: [(jurisdiction: String, document: ExtractedDocument)] = []
    var current: Int64?
    for row in rows {
      let id: Int64 = row["document_id"]
      if id != current {
        current = id
        let jurisdiction = try JurisdictionRecorder.jurisdiction(id: row["jurisdiction_id"], in: db)
        let document = ExtractedDocument(
          source: SourceInfo(
            path: row["source_path"], sha256: row["sha256"], encoding: row["encoding"], format: row["format"]),
          meta: DocumentMeta(jurisdiction: jurisdiction), outline: DocumentOutline())
        result.append((jurisdiction.displayName, document))
      }
      let headingKey: String? = row["heading_key"]
      if let headingKey, let last = result.indices.last,
        !result[last].document.headings.contains(where: { $0.id == headingKey })
      {
        result[last].document.headings.append(
          Heading(
            id: headingKey, level: 1, label: row["heading_label"], title: row["heading_title"], parent: nil,
            span: Span(start: 0, end: 0)))
      }
      let quantity = QuantityRecord.quantity(from: row, heading: headingKey, provision: nil)
      result[result.count - 1].document.quantities.append(quantity)
    }
    return result
  }
}
