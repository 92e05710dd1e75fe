import PlanLensModel

/// One row of the quantities table across documents (`planlens targets`).
public struct QuantityRow: Codable, Sendable {
  public var file: String
  public var jurisdiction: String?
  public var indicator: String
  public var comparator: String
  public var value: Double
  public var valueMax: Double?
  public var unit: String?
  public var deadline: Int?
  public var kind: String
  public var scope: String?
  public var heading: String?
  public var quote: String
  public var span: Span

  /// The rows of one extracted document, in document order.
  public static func rows(of document: ExtractedDocument) -> [QuantityRow] {
    let titles = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, $0.label + $0.title) })
    return document.quantities.map { q in
      QuantityRow(
        file: document.source.path, jurisdiction: document.meta.jurisdiction.name, indicator: q.indicator,
        comparator: q.comparator, value: q.value, valueMax: q.valueMax, unit: q.unit, deadline: q.deadline?.year,
        kind: q.kind.rawValue, scope: q.scope, heading: q.heading.flatMap { titles[$0] }, quote: q.quote, span: q.span)
    }
  }

  static let columns = [
    "file", "jurisdiction", "indicator", "comparator", "value", "valueMax", "unit", "deadline", "kind", "scope",
    "heading", "quote", "spanStart", "spanEnd",
  ]

  var fields: [String] {
    [
      file, jurisdiction ?? "", indicator, comparator, WholeNumber(value).description,
      valueMax.map { WholeNumber($0).description } ?? "", unit ?? "",
      deadline.map(String.init) ?? "", kind, scope ?? "", heading ?? "", quote, String(span.start), String(span.end),
    ]
  }

}
