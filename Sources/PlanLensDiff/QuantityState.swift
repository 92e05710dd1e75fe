import PlanLensModel

/// A quantity as one version states it (the `before` or `after` of a target change): the model's
/// ``PlanLensModel/Quantity`` without its heading, an id that means something only inside its own
/// document. Its fields read through (`state.value`, `state.span`).
@dynamicMemberLookup
public struct QuantityState: Hashable, Sendable, Encodable {
  /// The quantity, `heading` cleared.
  public private(set) var quantity: Quantity

  public init(_ quantity: Quantity) {
    self.quantity = quantity
    self.quantity.heading = nil
  }

  /// The wrapped quantity's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Quantity, T>) -> T {
    quantity[keyPath: field]
  }

  private enum CodingKeys: String, CodingKey {
    case kind, indicator, comparator, value, valueMax, unit, deadline, scope, provision, quote, span
  }

  /// The export's fields of a quantity but `heading`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(quantity.kind, forKey: .kind)
    try c.encode(quantity.indicator, forKey: .indicator)
    try c.encode(quantity.comparator, forKey: .comparator)
    try c.encode(WholeNumber(quantity.value), forKey: .value)
    try c.encode(quantity.valueMax.map(WholeNumber.init), forKey: .valueMax)
    try c.encode(quantity.unit, forKey: .unit)
    try c.encode(quantity.deadline, forKey: .deadline)
    try c.encode(quantity.scope, forKey: .scope)
    try c.encode(quantity.provision, forKey: .provision)
    try c.encode(quantity.quote, forKey: .quote)
    try c.encode(quantity.span, forKey: .span)
  }
}
