import GRDB
import PlanLensModel

/// Reads stored documents back: finds one by id, sha256 prefix or source path, and rebuilds its
/// ``PlanLensModel/ExtractedDocument`` (the export of `planlens extract`) from the tables.
public struct DocumentLoader: Sendable {
  /// The database read from.
  public let store: PlanStore

  public init(store: PlanStore) {
    self.store = store
  }

  /// The id of the one document `reference` names: a document id, a sha256 prefix of at least
  /// 4 hex digits, or a source path as stored.
  public func resolve(_ reference: String) throws(StoreError) -> Int64 {
    let ids: [Int64] = try store.read { db in
      if let id = Int64(reference),
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?)", arguments: [id]) == true
      {
        return [id]
      }
      let byPath = try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE source_path = ?", arguments: [reference])
      if !byPath.isEmpty { return byPath }
      let hex = reference.lowercased()
      guard hex.count >= 4, hex.allSatisfy({ $0.isHexDigit }) else { return [] }
      return try Int64.fetchAll(
        db, sql: "SELECT id FROM documents WHERE sha256 >= ? AND sha256 < ? ORDER BY id LIMIT 10",
        arguments: [hex, hex + "g"])
    }
    guard let first = ids.first else { throw .unknownDocument(reference: reference) }
    if ids.count > 1 { throw .ambiguousDocument(reference: reference, matches: ids.count) }
    return first
  }

  /// Ids of every stored document, in order of ingestion.
  public func allIDs() throws(StoreError) -> [Int64] {
    try store.read { try Int64.fetchAll($0, sql: "SELECT id FROM documents ORDER BY id") }
  }

  /// Ids of the latest version of every lineage (the highest `version_order`: the final text
  /// after its draft, the newest edition), in order of ingestion.
  public func latestVersionIDs() throws(StoreError) -> [Int64] {
    try store.read {
      try Int64.fetchAll(
        $0,
        sql: """
          SELECT d.id FROM documents d
          WHERE d.version_order = (SELECT MAX(v.version_order) FROM documents v WHERE v.lineage_id = d.lineage_id)
          ORDER BY d.id
          """)
    }
  }

  /// The stored document `id` as the export object.
  public func load(id: Int64) throws(StoreError) -> ExtractedDocument {
    try store.read { db in try Self.load(id: id, in: db) }
  }

  /// The decoded source text of document `id`, which its spans index.
  public func sourceText(id: Int64) throws(StoreError) -> String {
    let text = try store.read { db in
      try String.fetchOne(db, sql: "SELECT full_text FROM documents WHERE id = ?", arguments: [id])
    }
    guard let text else { throw .unknownDocument(reference: String(id)) }
    return text
  }

  /// Where document `id` is kept (hash, lineage, version), or nil when no such document is stored.
  public func storage(id: Int64) throws(StoreError) -> StorageRecord? {
    try store.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT d.sha256, d.lineage_id, d.version_order, d.ingested_at,
              (SELECT COUNT(*) FROM documents v WHERE v.lineage_id = d.lineage_id) AS versions
            FROM documents d WHERE d.id = ?
            """, arguments: [id])
      else { return nil }
      return StorageRecord(
        id: id, sha256: row["sha256"], lineage: row["lineage_id"], versionOrder: row["version_order"],
        versions: row["versions"], ingestedAt: row["ingested_at"])
    }
  }

  static func load(id: Int64, in db: Database) throws -> ExtractedDocument {
    guard let d = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else {
      throw StoreError.unknownDocument(reference: String(id))
    }
    let source = SourceInfo(
      path: d["source_path"], sha256: d["sha256"], encoding: d["encoding"], format: d["format"], ocr: d["ocr"])
    let meta = DocumentMeta(
      title: d["title"], jurisdiction: try JurisdictionRecorder.jurisdiction(id: d["jurisdiction_id"], in: db),
      level: (d["level"] as String?).flatMap(AdministrativeLevel.init(rawValue:)), docType: d["doc_type"],
      status: DocumentStatus(rawValue: d["status"] as String) ?? .final, issuer: d["issuer"],
      docNumber: d["doc_number"], issueDate: d["issue_date"],
      period: Period(start: d["period_start"], end: d["period_end"]))

    var headingKeys: [Int64: String] = [:]
    let headings = try Row.fetchAll(
      db, sql: "SELECT * FROM headings WHERE document_id = ? ORDER BY ordinal", arguments: [id]
    ).map { row -> Heading in
      headingKeys[row["id"]] = row["heading_key"]
      let parent: Int64? = row["parent_id"]
      return Heading(
        id: row["heading_key"], level: row["level"], label: row["label"], title: row["title"],
        parent: parent.flatMap { headingKeys[$0] }, span: Span(start: row["span_start"], end: row["span_end"]))
    }
    var provisionKeys: [Int64: String] = [:]
    let provisions = try Row.fetchAll(
      db, sql: "SELECT * FROM provisions WHERE document_id = ? ORDER BY ordinal", arguments: [id]
    ).map { row -> Provision in
      provisionKeys[row["id"]] = row["provision_key"]
      let heading: Int64 = row["heading_id"]
      return Provision(
        id: row["provision_key"], heading: headingKeys[heading] ?? "", label: row["label"], title: row["title"],
        text: row["text"], span: Span(start: row["span_start"], end: row["span_end"]))
    }
    func key(_ table: [Int64: String], _ id: Int64?) -> String? { id.flatMap { table[$0] } }

    let quantities = try Row.fetchAll(
      db, sql: "SELECT * FROM quantities WHERE document_id = ? ORDER BY ordinal", arguments: [id]
    ).map { row in
      QuantityRecord.quantity(
        from: row, heading: key(headingKeys, row["heading_id"]), provision: key(provisionKeys, row["provision_id"]))
    }
    let responsibilities = try Row.fetchAll(
      db, sql: "SELECT * FROM responsibilities WHERE document_id = ? ORDER BY ordinal", arguments: [id]
    ).map { row -> Responsibility in
      let members = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT m.role, m.name_as_printed, d.canonical, d.level FROM responsibility_departments m
            JOIN departments d ON d.id = m.department_id
            WHERE m.responsibility_id = ? ORDER BY m.role, m.ordinal
            """),
        arguments: [row["id"] as Int64])
      func departments(_ role: String) -> [Department] {
        members.filter { ($0["role"] as String) == role }.map {
          Department(
            name: $0["name_as_printed"], canonical: $0["canonical"],
            level: ($0["level"] as String?).flatMap(AdministrativeLevel.init(rawValue:)))
        }
      }
      return Responsibility(
        heading: key(headingKeys, row["heading_id"]), provision: key(provisionKeys, row["provision_id"]),
        lead: departments("lead"), support: departments("support"), quote: row["quote"],
        span: Span(start: row["span_start"], end: row["span_end"]))
    }
    let milestones = try Row.fetchAll(
      db, sql: "SELECT * FROM milestones WHERE document_id = ? ORDER BY ordinal", arguments: [id]
    ).map { row in
      Milestone(
        label: row["label"], start: row["start_date"], end: row["end_date"], text: row["text"], quote: row["quote"],
        span: Span(start: row["span_start"], end: row["span_end"]))
    }
    let noticeStart: Int? = d["notice_start"]
    let noticeEnd: Int? = d["notice_end"]
    var notice: Span?
    if let noticeStart, let noticeEnd { notice = Span(start: noticeStart, end: noticeEnd) }
    var document = ExtractedDocument(
      source: source, meta: meta,
      outline: DocumentOutline(notice: notice, headings: headings, provisions: provisions),
      quantities: quantities, responsibilities: responsibilities, milestones: milestones)
    document.schemaVersion = d["export_schema_version"]
    if let pages = (d["page_starts"] as String?).flatMap(PageStartsColumn.pageStarts) { document.assignPages(pages) }
    return document
  }
}
