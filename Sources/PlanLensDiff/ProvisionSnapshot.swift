import PlanLensModel

/// A provision as it stands in one version, with the sections that enclose it.
public struct ProvisionSnapshot: Hashable, Sendable, Encodable {
  /// The provision's id in its document ("p12").
  public var id: String
  /// The id of the heading the provision is.
  public var heading: String
  /// The numbering as printed: "4.", "（二）".
  public var label: String
  /// The provision's title, up to its first 。.
  public var title: String
  /// The provision's text, label included.
  public var text: String
  /// The provision in its version's source.
  public var span: Span
  /// Label and title of each enclosing heading, outermost first: ["二、重点任务", "（一）实施…行动"].
  public var path: [String]

  public init(
    id: String, heading: String, label: String, title: String, text: String, span: Span, path: [String]
  ) {
    self.id = id
    self.heading = heading
    self.label = label
    self.title = title
    self.text = text
    self.span = span
    self.path = path
  }

  /// The text after the printed label, leading spaces dropped: what the word diff compares.
  public var body: String {
    var rest = Substring(text)
    if !label.isEmpty, rest.hasPrefix(label) { rest = rest.dropFirst(label.count) }
    return String(rest.drop { $0.isWhitespace })
  }

  /// Label and title for a heading line: "4. 扩大长期照护服务供给", "（二）加强政策支持".
  public var caption: String { DiffDocumentIndex.caption(label: label, title: title) }
}
