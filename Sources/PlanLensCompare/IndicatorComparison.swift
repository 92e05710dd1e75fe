import PlanLensModel

/// One canonical indicator across documents.
public struct IndicatorComparison: Codable, Sendable, Hashable {
  public var canonical: String
  /// False for a wording no canonical indicator matched ("unmatched" in the reports).
  public var matched: Bool
  public var entries: [IndicatorEntry]
  /// The number of distinct documents with an entry.
  public var documentCount: Int
}

/// The figure one document sets for an indicator.
public struct IndicatorEntry: Codable, Sendable, Hashable {
  public var document: String
  public var jurisdiction: String
  /// The indicator as worded in the document.
  public var indicator: String
  public var comparator: String
  public var value: Double
  public var valueMax: Double?
  public var unit: String?
  public var deadline: Int?
  public var kind: String
  /// "highest" or "lowest" ambition among comparable entries (same unit and kind), else nil.
  public var ambition: String?
  /// Matched by word similarity rather than by the catalog.
  public var approximate: Bool
  public var quote: String
  public var heading: String?
  public var span: Span

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(document, forKey: .document)
    try c.encode(jurisdiction, forKey: .jurisdiction)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(comparator, forKey: .comparator)
    try c.encode(value, forKey: .value)
    try c.encode(valueMax, forKey: .valueMax)
    try c.encode(unit, forKey: .unit)
    try c.encode(deadline, forKey: .deadline)
    try c.encode(kind, forKey: .kind)
    try c.encode(ambition, forKey: .ambition)
    try c.encode(approximate, forKey: .approximate)
    try c.encode(quote, forKey: .quote)
    try c.encode(heading, forKey: .heading)
    try c.encode(span, forKey: .span)
  }
}

/// The canonical indicators only one document sets.
public struct SinglePlanIndicators: Codable, Sendable, Hashable {
  public var document: String
  public var indicators: [String]
}
