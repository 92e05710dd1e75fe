/// A stretch of a reworded provision's text: kept, deleted or inserted, in reading order.
///
/// Joining the `equal` and `delete` runs gives the old text; joining `equal` and `insert` the new.
public struct TextRun: Hashable, Sendable, Encodable {
  /// Kept, deleted or inserted.
  public var kind: TextRunKind
  /// The words, punctuation and spaces of the run, as in the provision's text.
  public var text: String

  public init(kind: TextRunKind, text: String) {
    self.kind = kind
    self.text = text
  }

  private enum CodingKeys: String, CodingKey {
    case op, text
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .op)
    try c.encode(text, forKey: .text)
  }
}
