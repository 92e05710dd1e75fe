/// A stretch of source text, with the anchors that stand right before it.
struct SourceSegmentView {
  let markers: [String]
  let text: String
}
