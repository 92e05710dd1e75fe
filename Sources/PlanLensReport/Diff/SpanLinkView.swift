/// A link to a span of one version's source: the HTML selects the span in its source pane.
struct SpanLinkView {
  /// "old" or "new".
  let side: String
  /// Ids of the empty markers before the span's first and after its last character.
  let startAnchor: String
  let endAnchor: String
  /// "old 638–781".
  let label: String
  /// Whether the report carries that version's source, so the link has somewhere to go.
  let linked: Bool
}
