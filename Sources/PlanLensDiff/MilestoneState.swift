import PlanLensModel

/// A schedule phase or review as one version dates it.
public struct MilestoneState: Hashable, Sendable, Encodable {
  /// The phase or review: 组织实施阶段, 中期评估.
  public var label: String
  /// ISO date the phase starts, when printed.
  public var start: String?
  /// ISO date the phase ends, when printed.
  public var end: String?
  /// The dates as printed.
  public var text: String
  /// The exact source slice of `span`.
  public var quote: String
  /// Where the milestone is printed in its version's source.
  public var span: Span

  public init(_ milestone: Milestone) {
    label = milestone.label
    start = milestone.start
    end = milestone.end
    text = milestone.text
    quote = milestone.quote
    span = milestone.span
  }

  private enum CodingKeys: String, CodingKey {
    case label, start, end, text, quote, span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(label, forKey: .label)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(text, forKey: .text)
    try c.encode(quote, forKey: .quote)
    try c.encode(span, forKey: .span)
  }
}
