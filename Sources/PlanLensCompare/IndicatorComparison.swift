import PlanLensModel

/// One indicator across documents: a cluster of wordings with the same facets.
public struct IndicatorComparison: Encodable, Sendable, Hashable {
  /// The catalogue's name for the cluster, else its most common wording.
  public var canonical: String
  /// True when a row of `indicators.tsv` names the cluster.
  public var matched: Bool
  /// What every entry of the row shares besides its words.
  public var facets: IndicatorFacets
  /// The distinct wordings joined in the row, in zh order.
  public var wordings: [String]
  /// How the wordings were joined, one merge per wording beyond the first.
  public var merges: [IndicatorMerge]
  public var entries: [IndicatorEntry]
  /// The number of distinct documents with an entry.
  public var documentCount: Int

  /// The row's label: its name, with the facets that tell it from a row of the same name.
  public var label: String {
    let notes = facets.qualifiers
    return notes.isEmpty ? canonical : canonical + "（" + notes.joined(separator: "·") + "）"
  }
}

/// A figure kept out of the indicator matrix, with the reason.
public struct ExcludedFigure: Codable, Sendable, Hashable {
  public var document: String
  public var jurisdiction: String
  public var indicator: String
  public var reason: FigureScreen.Reason
  public var quote: String
  public var span: Span
}

/// The figure one document sets for an indicator: the model's ``PlanLensModel/Quantity`` with
/// the document, its place, the heading's title and the comparison's verdict. The quantity's
/// fields read through (`entry.value`, `entry.unit`).
@dynamicMemberLookup
public struct IndicatorEntry: Encodable, Sendable, Hashable {
  /// The quantity as extracted.
  public var quantity: Quantity
  /// The document's id in the comparison (its file name without extension).
  public var document: String
  /// The document's most specific place name.
  public var jurisdiction: String
  /// "highest" or "lowest" ambition among comparable entries (same comparator direction, unit,
  /// scope and kind, in two documents or more), else nil.
  public var ambition: String?
  /// Matched by word similarity rather than by the catalog.
  public var approximate: Bool
  /// Label and title of the heading the quantity is under (not its id).
  public var heading: String?

  public init(
    quantity: Quantity, document: String, jurisdiction: String, ambition: String? = nil, approximate: Bool,
    heading: String?
  ) {
    self.quantity = quantity
    self.document = document
    self.jurisdiction = jurisdiction
    self.ambition = ambition
    self.approximate = approximate
    self.heading = heading
  }

  /// The wrapped quantity's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Quantity, T>) -> T {
    quantity[keyPath: field]
  }

  /// The deadline's year.
  public var deadline: Int? { quantity.deadline?.year }

  private enum CodingKeys: String, CodingKey {
    case document, jurisdiction, indicator, comparator, value, valueMax, unit, deadline, kind, ambition, approximate
    case quote, heading, span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(document, forKey: .document)
    try c.encode(jurisdiction, forKey: .jurisdiction)
    try c.encode(quantity.indicator, forKey: .indicator)
    try c.encode(quantity.comparator, forKey: .comparator)
    try c.encode(quantity.value, forKey: .value)
    try c.encode(quantity.valueMax, forKey: .valueMax)
    try c.encode(quantity.unit, forKey: .unit)
    try c.encode(deadline, forKey: .deadline)
    try c.encode(quantity.kind, forKey: .kind)
    try c.encode(ambition, forKey: .ambition)
    try c.encode(approximate, forKey: .approximate)
    try c.encode(quantity.quote, forKey: .quote)
    try c.encode(heading, forKey: .heading)
    try c.encode(quantity.span, forKey: .span)
  }
}

/// The indicators only one document sets.
public struct SinglePlanIndicators: Codable, Sendable, Hashable {
  public var document: String
  public var indicators: [String]
}
