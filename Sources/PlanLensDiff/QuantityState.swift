import PlanLensModel

/// A quantity as one version states it (the `before` or `after` of a target change).
public struct QuantityState: Hashable, Sendable, Encodable {
  /// "target", "standard" or "baseline".
  public var kind: String
  /// The measured thing as worded: 养老机构护理型床位占比.
  public var indicator: String
  /// One of ">=", ">", "<=", "<", "=", "~".
  public var comparator: String
  /// The number after normalisation (５万 → 50000).
  public var value: Double
  /// The upper end of a range, else nil.
  public var valueMax: Double?
  /// The unit as printed: %, 张, 平方米.
  public var unit: String?
  /// The deadline that governs the number: 2026年年底前 → 2026-12-31.
  public var deadline: Deadline?
  /// 全市, 各县（市、区）, 每个街道镇 … when printed with the number.
  public var scope: String?
  /// The id of the provision the quantity is in, in its own document.
  public var provision: String?
  /// The exact source slice of `span`.
  public var quote: String
  /// Where the quantity is printed in its version's source.
  public var span: Span

  public init(_ quantity: Quantity) {
    kind = quantity.kind.rawValue
    indicator = quantity.indicator
    comparator = quantity.comparator
    value = quantity.value
    valueMax = quantity.valueMax
    unit = quantity.unit
    deadline = quantity.deadline
    scope = quantity.scope
    provision = quantity.provision
    quote = quantity.quote
    span = quantity.span
  }

  private enum CodingKeys: String, CodingKey {
    case kind, indicator, comparator, value, valueMax, unit, deadline, scope, provision, quote, span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(comparator, forKey: .comparator)
    try c.encode(WholeNumber(value), forKey: .value)
    try c.encode(valueMax.map(WholeNumber.init), forKey: .valueMax)
    try c.encode(unit, forKey: .unit)
    try c.encode(deadline, forKey: .deadline)
    try c.encode(scope, forKey: .scope)
    try c.encode(provision, forKey: .provision)
    try c.encode(quote, forKey: .quote)
    try c.encode(span, forKey: .span)
  }
}
