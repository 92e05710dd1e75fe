import Foundation
import GRDB
import PlanLensExtract
import PlanLensModel

/// Stores extracted documents, each in one transaction: its jurisdiction and lineage, the
/// document row, headings, provisions (and their search entries), quantities, departments,
/// responsibilities and milestones. A document that fails part-way leaves no row behind.
public struct DocumentWriter: Sendable {
  /// The database written to.
  public let store: PlanStore
  let jurisdictions: JurisdictionRecorder
  let lineages: LineageRecorder

  /// A writer into `store` with the division table and title-stem rules shipped with PlanLens.
  public init(store: PlanStore) throws {
    self.store = store
    self.jurisdictions = JurisdictionRecorder(divisions: try AdministrativeDivisions.standard())
    self.lineages = LineageRecorder(stems: try TitleStem.standard())
  }

  /// Stores `prepared` unless a document with its content hash is already there.
  @discardableResult
  public func store(_ prepared: PreparedDocument) throws(StoreError) -> StoreOutcome {
    try store.write { db in try self.insert(prepared, in: db) }
  }

  /// Stores `prepared` without blocking the calling task while another writer holds the lock.
  @discardableResult
  public func store(_ prepared: PreparedDocument) async throws(StoreError) -> StoreOutcome {
    try await store.write { db in try self.insert(prepared, in: db) }
  }

  /// The inserts of one document, inside the caller's transaction.
  func insert(_ prepared: PreparedDocument, in db: Database) throws -> StoreOutcome {
    let document = prepared.document
    let path = document.source.path
    if let existing = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM documents WHERE sha256 = ?"), arguments: [document.source.sha256])
    {
      return .unchanged(documentID: existing)
    }
    let place = try jurisdictions.record(document.meta.jurisdiction, in: db)
    let lineage = lineages.lineage(of: document.meta, sha256: document.source.sha256, jurisdiction: place)
    let (lineageID, earlier) = try lineages.record(lineage, in: db)
    let documentID = try insertDocument(prepared, jurisdiction: place.id, lineage: lineageID, in: db)
    try lineages.renumber(lineage: lineageID, in: db)

    let headingIDs = try insertHeadings(document.headings, document: documentID, path: path, in: db)
    let provisionIDs = try insertProvisions(
      prepared, headings: headingIDs, document: documentID, path: path, in: db)
    let keys = Keys(path: path, headings: headingIDs, provisions: provisionIDs)
    try insertQuantities(document.quantities, keys: keys, document: documentID, in: db)
    try insertResponsibilities(
      document.responsibilities, keys: keys, document: documentID, place: place, in: db)
    try insertMilestones(document.milestones, document: documentID, in: db)
    return .added(documentID: documentID, lineageID: lineageID, newVersion: earlier > 0)
  }

  /// Row ids of a document's headings and provisions by their export ids ("h3", "p7").
  private struct Keys {
    var path: String
    var headings: [String: Int64]
    var provisions: [String: Int64]

    func heading(_ key: String?) throws -> Int64? {
      guard let key else { return nil }
      guard let id = headings[key] else {
        throw StoreError.inconsistentDocument(path: path, reason: "no heading \(key)")
      }
      return id
    }

    func provision(_ key: String?) throws -> Int64? {
      guard let key else { return nil }
      guard let id = provisions[key] else {
        throw StoreError.inconsistentDocument(path: path, reason: "no provision \(key)")
      }
      return id
    }
  }

  private func insertDocument(
    _ prepared: PreparedDocument, jurisdiction: Int64?, lineage: Int64, in db: Database
  ) throws -> Int64 {
    let d = prepared.document
    let meta = d.meta
    let arguments: [(any DatabaseValueConvertible)?] = [
      d.source.sha256, d.source.path, d.source.format, d.source.encoding, d.schemaVersion, meta.title,
      jurisdiction, meta.level?.rawValue, meta.docType, meta.status.rawValue, meta.issuer, meta.docNumber,
      meta.issueDate,
      meta.period.start, meta.period.end, d.notice?.start, d.notice?.end, lineage, prepared.text,
      Date().formatted(.iso8601),
    ]
    try db.cachedStatement(
      sql: """
        INSERT INTO documents (
          sha256, source_path, format, encoding, export_schema_version, title, jurisdiction_id, level,
          doc_type, status, issuer, doc_number, issue_date, period_start, period_end, notice_start, notice_end,
          lineage_id, version_order, full_text, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
        """
    ).execute(arguments: StatementArguments(arguments))
    let id = db.lastInsertedRowID
    if d.pages != nil || d.source.ocr != nil {
      try db.execute(
        sql: "UPDATE documents SET page_starts = ?, ocr = ? WHERE id = ?",
        arguments: [d.pages.map(PageStartsColumn.text), d.source.ocr, id])
    }
    return id
  }

  private func insertHeadings(
    _ headings: [Heading], document: Int64, path: String, in db: Database
  ) throws -> [String: Int64] {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO headings (
          document_id, heading_key, ordinal, level, label, title, parent_id, span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var ids: [String: Int64] = [:]
    for (ordinal, h) in headings.enumerated() {
      var parent: Int64?
      if let key = h.parent {
        guard let id = ids[key] else {
          throw StoreError.inconsistentDocument(path: path, reason: "heading \(h.id) has parent \(key) before it")
        }
        parent = id
      }
      try statement.execute(arguments: [
        document, h.id, ordinal + 1, h.level, h.label, h.title, parent, h.span.start, h.span.end,
      ])
      ids[h.id] = db.lastInsertedRowID
    }
    return ids
  }

  private func insertProvisions(
    _ prepared: PreparedDocument, headings: [String: Int64], document: Int64, path: String, in db: Database
  ) throws -> [String: Int64] {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO provisions (
          document_id, provision_key, ordinal, heading_id, label, title, text, segmented_text,
          span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let search = try db.cachedStatement(sql: "INSERT INTO provision_search (rowid, segmented_text) VALUES (?, ?)")
    var ids: [String: Int64] = [:]
    for (ordinal, p) in prepared.document.provisions.enumerated() {
      guard let heading = headings[p.heading] else {
        throw StoreError.inconsistentDocument(
          path: path, reason: "provision \(p.id) is under unknown heading \(p.heading)")
      }
      let segmented = ordinal < prepared.segmentedProvisions.count ? prepared.segmentedProvisions[ordinal] : ""
      try statement.execute(arguments: [
        document, p.id, ordinal + 1, heading, p.label, p.title, p.text, segmented, p.span.start, p.span.end,
      ])
      let id = db.lastInsertedRowID
      try search.execute(arguments: [id, segmented])
      ids[p.id] = id
    }
    return ids
  }

  private func insertQuantities(_ quantities: [Quantity], keys: Keys, document: Int64, in db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO quantities (
          document_id, ordinal, kind, indicator, comparator, value, value_max, unit, deadline_year,
          deadline_month, deadline_day, deadline_text, deadline_source, scope, heading_id, provision_id, quote,
          span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, q) in quantities.enumerated() {
      let arguments: [(any DatabaseValueConvertible)?] = [
        document, ordinal + 1, q.kind.rawValue, q.indicator, q.comparator.rawValue, q.value, q.valueMax, q.unit,
        q.deadline?.year, q.deadline?.month, q.deadline?.day, q.deadline?.text, q.deadline?.source?.rawValue, q.scope,
        try keys.heading(q.heading), try keys.provision(q.provision), q.quote, q.span.start, q.span.end,
      ]
      try statement.execute(arguments: StatementArguments(arguments))
    }
  }

  private func insertResponsibilities(
    _ responsibilities: [Responsibility], keys: Keys, document: Int64, place: JurisdictionRecorder.Recorded,
    in db: Database
  ) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO responsibilities (
          document_id, ordinal, heading_id, provision_id, quote, span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    let member = try db.cachedStatement(
      sql: """
        INSERT INTO responsibility_departments (
          responsibility_id, department_id, role, name_as_printed, ordinal)
        VALUES (?, ?, ?, ?, ?)
        """)
    for (ordinal, r) in responsibilities.enumerated() {
      try statement.execute(arguments: [
        document, ordinal + 1, try keys.heading(r.heading), try keys.provision(r.provision), r.quote,
        r.span.start, r.span.end,
      ])
      let responsibility = db.lastInsertedRowID
      for (role, departments) in [("lead", r.lead), ("support", r.support)] {
        for (index, department) in departments.enumerated() {
          let id = try departmentRow(department, place: place, in: db)
          try member.execute(arguments: [responsibility, id, role, department.name, index + 1])
        }
      }
    }
  }

  /// The row of a department: its canonical name (or the name as printed when it has none) at
  /// its level in the document's place of that level.
  private func departmentRow(
    _ department: Department, place: JurisdictionRecorder.Recorded, in db: Database
  ) throws -> Int64 {
    let level = department.level
    let jurisdiction = level.flatMap { place.idsByLevel[$0] } ?? place.id
    let code = level.flatMap { place.codesByLevel[$0] } ?? (jurisdiction == place.id ? place.code : nil)
    let placeKey = code ?? jurisdiction.map { "#\($0)" } ?? ""
    let name = department.canonical ?? department.name
    let key = "\(department.canonical == nil ? "=" : "")\(name)|\(level?.rawValue ?? "")|\(placeKey)"
    try db.cachedStatement(
      sql: """
        INSERT INTO departments (department_key, canonical, name, level, jurisdiction_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (department_key) DO NOTHING
        """
    ).execute(arguments: [key, department.canonical, name, level?.rawValue, jurisdiction])
    guard
      let id = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM departments WHERE department_key = ?"), arguments: [key])
    else { throw DatabaseError(message: "department \(key) was not stored") }
    return id
  }

  private func insertMilestones(_ milestones: [Milestone], document: Int64, in db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO milestones (
          document_id, ordinal, label, start_date, end_date, text, quote, span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, m) in milestones.enumerated() {
      try statement.execute(arguments: [
        document, ordinal + 1, m.label, m.start, m.end, m.text, m.quote, m.span.start, m.span.end,
      ])
    }
  }
}
