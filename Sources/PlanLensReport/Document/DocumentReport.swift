import Foundation
import PlanLensModel
import PlanLensStore

/// `planlens show DOC`: the outline and facts of one stored document.
///
/// text: where it is stored (id, hash, lineage), then the outline and fact tables of
/// `planlens extract --format text`; json: the export object of `planlens extract`; csv: one row
/// per heading with its provision and fact counts; md: a Markdown page with metadata, outline
/// and fact tables.
public struct DocumentReport: Sendable {
  /// The database read from.
  public let store: PlanStore

  public init(store: PlanStore) {
    self.store = store
  }

  public static let outlineColumns = [
    "heading", "level", "label", "title", "parent", "provisions", "quantities", "responsibilities", "span_start",
    "span_end",
  ]

  /// The document `reference` names (id, sha256 prefix or path) rendered as `format`.
  public func render(_ reference: String, as format: OutputFormat) throws(StoreError) -> String {
    let loader = DocumentLoader(store: store)
    let id = try loader.resolve(reference)
    let document = try loader.load(id: id)
    switch format {
    case .json:
      do {
        return String(decoding: try ExportEncoder(pretty: true).encode(document), as: UTF8.self) + "\n"
      } catch {
        throw .database(path: store.path, reason: "cannot encode document \(id): \(error)")
      }
    case .text:
      return try storageLine(id: id) + "\n" + OutlineTextRenderer().render(document)
    case .csv:
      do { return try outline(document).render(as: .csv) } catch {
        throw .database(path: store.path, reason: "\(error)")
      }
    case .md:
      return try markdown(document, id: id)
    }
  }

  /// "document 3 · sha256 6cfbbc39b398 · lineage 3, version 1 of 2 · ingested …".
  private func storageLine(id: Int64) throws(StoreError) -> String {
    guard let record = try DocumentLoader(store: store).storage(id: id) else { return "document \(id)" }
    return
      "document \(id) · sha256 \(record.sha256.prefix(12)) · lineage \(record.lineage), version \(record.versionOrder) of \(record.versions) · ingested \(record.ingestedAt)"
  }

  /// One row per heading with the provisions and facts under it (itself and its descendants).
  func outline(_ document: ExtractedDocument) -> ResultTable {
    let byID = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, $0) })
    func counts(_ headings: [String?]) -> [String: Int] {
      var counts: [String: Int] = [:]
      for start in headings {
        var id = start
        while let current = id {
          counts[current, default: 0] += 1
          id = byID[current]?.parent
        }
      }
      return counts
    }
    let provisions = counts(document.provisions.map(\.heading))
    let quantities = counts(document.quantities.map(\.heading))
    let responsibilities = counts(document.responsibilities.map(\.heading))
    return ResultTable(
      columns: Self.outlineColumns,
      rows: document.headings.map { h in
        [
          .text(h.id), .integer(Int64(h.level)), .text(h.label), .text(h.title), .optional(h.parent),
          .integer(Int64(provisions[h.id] ?? 0)), .integer(Int64(quantities[h.id] ?? 0)),
          .integer(Int64(responsibilities[h.id] ?? 0)), .integer(Int64(h.span.start)), .integer(Int64(h.span.end)),
        ]
      })
  }

  private func markdown(_ document: ExtractedDocument, id: Int64) throws(StoreError) -> String {
    let meta = document.meta
    var out = "# \(meta.title ?? "(untitled)")\n\n"
    let fields: [(String, String?)] = [
      ("document", "\(id)"), ("storage", try storageLine(id: id)), ("source", document.source.path),
      ("jurisdiction", meta.jurisdiction.displayName), ("level", meta.level?.rawValue), ("type", meta.docType),
      ("status", meta.status.rawValue), ("issuer", meta.issuer), ("number", meta.docNumber), ("issued", meta.issueDate),
      ("period", DocumentList.period(meta.period.start, meta.period.end)),
    ]
    out += MarkdownTable(header: ["field", "value"], rows: fields.map { [$0.0, $0.1 ?? ""] }).render()
    out += "\n## Outline\n\n"
    for h in document.headings {
      out +=
        String(repeating: "  ", count: max(0, h.level - 1)) + "- " + (h.label.isEmpty ? "" : h.label + " ")
        + h.title + "\n"
    }
    for table in FactTables.tables(of: document, headingName: { $0.label + $0.title }, withQuotes: true) {
      out += "\n## \(table.title)\n\n" + MarkdownTable(header: table.header, rows: table.rows).render()
    }
    return out
  }
}
