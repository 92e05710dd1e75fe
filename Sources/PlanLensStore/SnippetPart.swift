/// A piece of a search snippet: text of the provision, highlighted where it matched the query.
public struct SnippetPart: Codable, Hashable, Sendable {
  /// Text of the provision as printed (line breaks shown as spaces).
  public var text: String
  /// Whether this piece matched the query.
  public var highlighted: Bool

  public init(text: String, highlighted: Bool) {
    self.text = text
    self.highlighted = highlighted
  }

  /// `parts` as one string with each highlighted piece between `open` and `close`.
  public static func render(_ parts: [SnippetPart], open: String = "[", close: String = "]") -> String {
    parts.map { $0.highlighted ? open + $0.text + close : $0.text }.joined()
  }
}
