/// A leaf of the outline that carries policy content: a numbered task or measure, or a heading
/// with no numbered children, together with the text under it.
public struct Provision: Codable, Hashable, Sendable {
  /// "p1", "p2", … in document order.
  public var id: String
  /// The id of the heading this provision is.
  public var heading: String
  public var label: String
  public var title: String
  /// The provision's text from its label to the next heading, conversion artefacts removed.
  public var text: String
  public var span: Span

  public init(id: String, heading: String, label: String, title: String, text: String, span: Span) {
    self.id = id
    self.heading = heading
    self.label = label
    self.title = title
    self.text = text
    self.span = span
  }
}
