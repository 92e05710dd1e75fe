/// One unit of a document's own hierarchy: 第一章, 一、, （一）, 1., an attachment, or an
/// unnumbered section title such as 总体要求.
public struct Heading: Codable, Hashable, Sendable {
  /// Stable within one export: "h1", "h2", … in document order.
  public var id: String
  /// Depth in this document's tree, 1 = top.
  public var level: Int
  /// The numbering exactly as printed ("一、", "（三）", "1."), "" when unnumbered.
  public var label: String
  /// Heading text without the label, up to its first 。 or the end of the line.
  public var title: String
  /// The id of the enclosing heading, nil at the top.
  public var parent: String?
  /// The label and title in the source.
  public var span: Span

  public init(
    id: String, level: Int, label: String, title: String, parent: String?, span: Span
  ) {
    self.id = id
    self.level = level
    self.label = label
    self.title = title
    self.parent = parent
    self.span = span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(level, forKey: .level)
    try c.encode(label, forKey: .label)
    try c.encode(title, forKey: .title)
    try c.encode(parent, forKey: .parent)
    try c.encode(span, forKey: .span)
  }
}
