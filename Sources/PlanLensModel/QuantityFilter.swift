/// Which quantities a listing keeps (`planlens targets`): by indicator text, place, kind and
/// deadline year; nil keeps all.
public struct QuantityFilter: Sendable, Hashable {
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

  /// Whether a document of `place` passes the jurisdiction filter.
  public func admits(_ place: Jurisdiction) -> Bool {
    guard let jurisdiction else { return true }
    return [place.province, place.city, place.county].contains { $0?.hasPrefix(jurisdiction) == true }
  }

  /// Whether `quantity` passes the indicator, kind and year filters.
  public func admits(_ quantity: Quantity) -> Bool {
    if let indicator, !indicator.isEmpty, !quantity.indicator.contains(indicator) { return false }
    if let kind, quantity.kind != kind { return false }
    if let year, quantity.deadline?.year != year { return false }
    return true
  }

  /// `document` with only the quantities that pass (none when its place does not).
  public func applied(to document: ExtractedDocument) -> ExtractedDocument {
    var kept = document
    kept.quantities = admits(document.meta.jurisdiction) ? document.quantities.filter(admits) : []
    return kept
  }
}
