import PlanLensModel

/// The tables of a document's quantities, responsibilities and milestones, as cells: the one
/// layout the terminal outline (`extract --format text`, `show`) and the Markdown page (`show
/// --format md`) draw in their own way.
struct FactTables {
  /// One table: its title ("Quantities"), column names and cells.
  struct Table {
    var title: String
    var header: [String]
    var rows: [[String]]
  }

  /// The tables with at least one row, in the order quantities, responsibilities, milestones.
  ///
  /// - Parameters:
  ///   - headingName: how a heading is named in the heading column.
  ///   - withQuotes: the full quantity columns ("comparator", and the quote); else the terse ones.
  static func tables(
    of document: ExtractedDocument, headingName: (Heading) -> String, withQuotes: Bool
  ) -> [Table] {
    let names = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, headingName($0)) })
    // A paged source (a PDF, an OFD) cites the page of every row.
    let paged = document.pages != nil
    let pageHeader = paged ? ["page"] : []
    let page = { (span: Span) in paged ? [span.page.map { "p. \($0)" } ?? ""] : [] }
    var tables: [Table] = []
    if !document.quantities.isEmpty {
      let header = ["kind", "indicator", withQuotes ? "comparator" : "cmp", "value", "unit", "deadline", "heading"]
      tables.append(
        Table(
          title: "Quantities", header: header + pageHeader + (withQuotes ? ["quote"] : []),
          rows: document.quantities.map { q in
            [
              q.kind.rawValue, q.indicator, q.comparator.rawValue, WholeNumber.range(q.value, q.valueMax), q.unit ?? "",
              q.deadline?.year.map(String.init) ?? "", q.heading.flatMap { names[$0] } ?? "",
            ] + page(q.span) + (withQuotes ? [q.quote] : [])
          }))
    }
    if !document.responsibilities.isEmpty {
      tables.append(
        Table(
          title: "Responsibilities", header: ["heading", "lead", "support"] + pageHeader,
          rows: document.responsibilities.map { r in
            [
              r.heading.flatMap { names[$0] } ?? "(plan)", r.lead.map(\.name).joined(separator: "、"),
              r.support.map(\.name).joined(separator: "、"),
            ] + page(r.span)
          }))
    }
    if !document.milestones.isEmpty {
      tables.append(
        Table(
          title: "Milestones", header: ["label", "start", "end", "as printed"] + pageHeader,
          rows: document.milestones.map { [$0.label, $0.start ?? "", $0.end ?? "", $0.text] + page($0.span) }))
    }
    return tables
  }
}
