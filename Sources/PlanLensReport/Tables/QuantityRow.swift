import PlanLensModel

/// One row of the quantities table across documents (`planlens targets`): the model's
/// ``PlanLensModel/Quantity`` with the file, the place and the heading's title. The quantity's
/// fields read through (`row.indicator`, `row.value`).
@dynamicMemberLookup
public struct QuantityRow: Encodable, Sendable {
  /// The quantity as extracted.
  public var quantity: Quantity
  /// The source file, as given or stored.
  public var file: String
  /// The document's most specific place name.
  public var jurisdiction: String?
  /// Label and title of the heading the quantity is under (not its id).
  public var heading: String?

  public init(quantity: Quantity, file: String, jurisdiction: String?, heading: String?) {
    self.quantity = quantity
    self.file = file
    self.jurisdiction = jurisdiction
    self.heading = heading
  }

  /// The wrapped quantity's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Quantity, T>) -> T {
    quantity[keyPath: field]
  }

  /// The deadline's year.
  public var deadline: Int? { quantity.deadline?.year }

  /// The rows of one extracted document, in document order.
  public static func rows(of document: ExtractedDocument) -> [QuantityRow] {
    let titles = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, $0.label + $0.title) })
    return document.quantities.map { q in
      QuantityRow(
        quantity: q, file: document.source.path, jurisdiction: document.meta.jurisdiction.name,
        heading: q.heading.flatMap { titles[$0] })
    }
  }

  static let columns = [
    "file", "jurisdiction", "indicator", "comparator", "value", "valueMax", "unit", "deadline", "kind", "scope",
    "heading", "quote", "spanStart", "spanEnd",
  ]

  var fields: [String] {
    [
      file, jurisdiction ?? "", quantity.indicator, quantity.comparator.rawValue,
      WholeNumber(quantity.value).description,
      quantity.valueMax.map { WholeNumber($0).description } ?? "", quantity.unit ?? "",
      deadline.map(String.init) ?? "", quantity.kind.rawValue, quantity.scope ?? "", heading ?? "", quantity.quote,
      String(quantity.span.start), String(quantity.span.end),
    ]
  }

  private enum CodingKeys: String, CodingKey {
    case file, jurisdiction, indicator, comparator, value, valueMax, unit, deadline, kind, scope, heading, quote, span
  }

  /// The row as one flat object; absent values are left out.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(file, forKey: .file)
    try c.encodeIfPresent(jurisdiction, forKey: .jurisdiction)
    try c.encode(quantity.indicator, forKey: .indicator)
    try c.encode(quantity.comparator, forKey: .comparator)
    try c.encode(quantity.value, forKey: .value)
    try c.encodeIfPresent(quantity.valueMax, forKey: .valueMax)
    try c.encodeIfPresent(quantity.unit, forKey: .unit)
    try c.encodeIfPresent(deadline, forKey: .deadline)
    try c.encode(quantity.kind, forKey: .kind)
    try c.encodeIfPresent(quantity.scope, forKey: .scope)
    try c.encodeIfPresent(heading, forKey: .heading)
    try c.encode(quantity.quote, forKey: .quote)
    try c.encode(quantity.span, forKey: .span)
  }
}
