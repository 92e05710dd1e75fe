/// A dated phase of a work schedule (组织实施阶段 8月16日—9月30日) or a planned review (中期评估).
public struct Milestone: Codable, Hashable, Sendable {
  public var label: String
  /// ISO dates; either may be nil.
  public var start: String?
  public var end: String?
  /// The dates as printed.
  public var text: String
  public var quote: String
  public var span: Span

  public init(label: String, start: String?, end: String?, text: String, quote: String, span: Span) {
    self.label = label
    self.start = start
    self.end = end
    self.text = text
    self.quote = quote
    self.span = span
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
