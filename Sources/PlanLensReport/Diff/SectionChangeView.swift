/// A section heading added, removed or retitled, as a report row.
struct SectionChangeView {
  let kind: String
  let before: String
  let after: String
  let oldLink: SpanLinkView?
  let newLink: SpanLinkView?
}
