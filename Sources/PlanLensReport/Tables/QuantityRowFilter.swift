import PlanLensModel

/// The filters of `planlens targets FILE...` over freshly extracted documents, the same as
/// `QuantityQuery` applies in SQL to stored ones.
public struct QuantityRowFilter: Sendable {
  /// Only indicators containing this text.
  public var indicator: String?
  /// Only documents of this place or a place inside it: a full name (济宁市) or its start (济宁).
  public var jurisdiction: String?
  /// Only quantities of this kind.
  public var kind: Quantity.Kind?
  /// Only quantities with this deadline year.
  public var year: Int?

  public init(indicator: String? = nil, jurisdiction: String? = nil, kind: Quantity.Kind? = nil, year: Int? = nil) {
    self.indicator = indicator
    self.jurisdiction = jurisdiction
    self.kind = kind
    self.year = year
  }

  /// The rows of `document` that pass, in document order.
  public func rows(of document: ExtractedDocument) -> [QuantityRow] {
    if let jurisdiction, !Self.lies(document.meta.jurisdiction, in: jurisdiction) { return [] }
    return QuantityRow.rows(of: document).filter(matches)
  }

  /// Whether `row` passes the indicator, kind and year filters.
  public func matches(_ row: QuantityRow) -> Bool {
    if let indicator, !indicator.isEmpty, !row.indicator.contains(indicator) { return false }
    if let kind, row.kind != kind.rawValue { return false }
    if let year, row.deadline != year { return false }
    return true
  }

  /// Whether the place is `name` or lies inside it (a name's start matches too: 济宁 → 济宁市).
  public static func lies(_ place: Jurisdiction, in name: String) -> Bool {
    [place.province, place.city, place.county].contains { $0?.hasPrefix(name) == true }
  }
}
