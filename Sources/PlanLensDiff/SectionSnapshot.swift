import PlanLensModel

/// A section heading as it stands in one version.
public struct SectionSnapshot: Hashable, Sendable, Encodable {
  /// The heading's id in its document ("h3").
  public var id: String
  /// Depth in its document's outline, 1 = top.
  public var level: Int
  /// The numbering as printed: "二、", "（一）", "" when unnumbered.
  public var label: String
  /// The heading text without its label.
  public var title: String
  /// The label and title in its version's source.
  public var span: Span

  public init(id: String, level: Int, label: String, title: String, span: Span) {
    self.id = id
    self.level = level
    self.label = label
    self.title = title
    self.span = span
  }

  /// Label and title for a heading line: "（二）实施居家社区扩围增效行动".
  public var caption: String { DiffDocumentIndex.caption(label: label, title: title) }

  init(_ heading: Heading) {
    self.init(id: heading.id, level: heading.level, label: heading.label, title: heading.title, span: heading.span)
  }
}
