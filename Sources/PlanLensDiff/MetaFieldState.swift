/// One metadata field's value in one version; `text` is nil when the version does not state it.
public struct MetaFieldState: Hashable, Sendable, Encodable {
  /// The field's value as text: "draft", "2024-09-30", "2024–2026".
  public var text: String?

  public init(text: String?) {
    self.text = text
  }

  private enum CodingKeys: String, CodingKey {
    case text
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
  }
}
