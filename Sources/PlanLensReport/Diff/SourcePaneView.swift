/// One version's whole source text, cut at every linked span so links can select it.
struct SourcePaneView {
  /// "old" or "new".
  let side: String
  let heading: String
  let segments: [SourceSegmentView]
}
