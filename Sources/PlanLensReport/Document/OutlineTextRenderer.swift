import PlanLensModel

/// Renders an extraction as a plain-text outline for the terminal: metadata, then headings
/// indented by level with their labels, titles and the number of provisions under each, and
/// for a paged source (PDF) the page each heading starts on ("p. 3").
public struct OutlineTextRenderer: Sendable {
  public init() {}

  public func render(_ document: ExtractedDocument) -> String {
    var out = ""
    let meta = document.meta
    out += "\(meta.title ?? "(untitled)")  [\(document.source.path)]\n"
    let place = [meta.jurisdiction.province, meta.jurisdiction.city, meta.jurisdiction.county]
      .compactMap { $0 }.joined(separator: " ")
    out +=
      "  \(place.isEmpty ? "jurisdiction unknown" : place) · \(meta.level?.rawValue ?? "-") · \(meta.docType ?? "-") · \(meta.status.rawValue)"
    if let start = meta.period.start ?? meta.period.end {
      out += " · \(start)–\(meta.period.end.map(String.init) ?? "")"
    }
    out += "\n"
    if let issuer = meta.issuer { out += "  issuer: \(issuer)\n" }
    if let number = meta.docNumber { out += "  number: \(number)\n" }
    if let date = meta.issueDate { out += "  issued: \(date)\n" }
    out += "  \(document.headings.count) headings, \(document.provisions.count) provisions\n\n"

    // Provisions under each heading: itself when it is a leaf, else its descendants' count.
    var leafCount: [String: Int] = [:]
    let byID = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, $0) })
    for p in document.provisions {
      var id: String? = p.heading
      while let current = id {
        leafCount[current, default: 0] += 1
        id = byID[current]?.parent
      }
    }
    for h in document.headings {
      let indent = String(repeating: "  ", count: h.level - 1)
      let count = leafCount[h.id] ?? 0
      let label = h.label.isEmpty ? "" : h.label + " "
      let suffix = count > 1 ? "  (\(count) provisions)" : ""
      let page = document.page(of: h.span.start).map { "  p. \($0)" } ?? ""
      out += "\(indent)\(label)\(h.title)\(suffix)\(page)\n"
    }
    out += facts(document)
    return out
  }

  /// Tables of quantities, responsibilities and milestones.
  private func facts(_ document: ExtractedDocument) -> String {
    let tables = FactTables.tables(
      of: document, headingName: { $0.label.isEmpty ? $0.title : $0.label }, withQuotes: false)
    return tables.map { "\n\($0.title) (\($0.rows.count))\n" + TextTable(header: $0.header, rows: $0.rows).render() }
      .joined()
  }
}
