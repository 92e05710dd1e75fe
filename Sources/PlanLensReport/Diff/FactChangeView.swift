/// One fact change as a report row.
struct FactChangeView {
  /// The JSON type name, for CSS classes and filters.
  let type: String
  /// "target changed", "responsibility changed", …
  let typeLabel: String
  let indicator: String
  /// The old and new statement, "—" when absent.
  let before: String
  let after: String
  /// What differs: "value, deadline"; "+市卫生健康委 (lead); −市民政局 (lead)".
  let detail: String?
  let oldLink: SpanLinkView?
  let newLink: SpanLinkView?
}
