import PlanLensModel

/// The departments one version names for a task (the `before` or `after` of a responsibility
/// change): the model's ``PlanLensModel/Responsibility`` without its heading, an id that means
/// something only inside its own document. Its fields read through (`state.quote`, `state.span`).
@dynamicMemberLookup
public struct ResponsibilityState: Hashable, Sendable, Encodable {
  /// The responsibility, `heading` cleared.
  public private(set) var responsibility: Responsibility

  /// Lead departments first, then supporting ones, each in printed order, with their role.
  public let units: [ResponsibleUnit]

  public init(_ responsibility: Responsibility) {
    self.responsibility = responsibility
    self.responsibility.heading = nil
    units =
      responsibility.lead.map { ResponsibleUnit($0, role: .lead) }
      + responsibility.support.map { ResponsibleUnit($0, role: .support) }
  }

  /// The wrapped responsibility's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Responsibility, T>) -> T {
    responsibility[keyPath: field]
  }

  private enum CodingKeys: String, CodingKey {
    case units, provision, quote, span
  }

  /// `units` (lead and support in one list, each with its role), `provision`, `quote`, `span`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(units, forKey: .units)
    try c.encode(responsibility.provision, forKey: .provision)
    try c.encode(responsibility.quote, forKey: .quote)
    try c.encode(responsibility.span, forKey: .span)
  }
}
