import PlanLensModel

/// The departments one version names for a task (the `before` or `after` of a responsibility change).
public struct ResponsibilityState: Hashable, Sendable, Encodable {
  /// Lead departments first, then supporting ones, each in printed order.
  public var units: [ResponsibleUnit]
  /// The id of the provision it belongs to, in its own document.
  public var provision: String?
  /// The bracket or sentence as printed.
  public var quote: String
  /// Where it is printed in its version's source.
  public var span: Span

  public init(_ responsibility: Responsibility) {
    units =
      responsibility.lead.map { ResponsibleUnit($0, role: .lead) }
      + responsibility.support.map { ResponsibleUnit($0, role: .support) }
    provision = responsibility.provision
    quote = responsibility.quote
    span = responsibility.span
  }

  private enum CodingKeys: String, CodingKey {
    case units, provision, quote, span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(units, forKey: .units)
    try c.encode(provision, forKey: .provision)
    try c.encode(quote, forKey: .quote)
    try c.encode(span, forKey: .span)
  }
}
