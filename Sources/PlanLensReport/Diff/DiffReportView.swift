import PlanLensDiff

/// Everything a diff template shows, as plain strings, flags and lists (Mustache reads it by
/// reflection).
struct DiffReportView {
  let old: DiffSideView
  let new: DiffSideView
  let summary: DiffSummary
  let facts: [FactChangeView]
  let changes: [ProvisionChangeView]
  let sections: [SectionChangeView]
  /// Only in the HTML: both source texts with anchors at every linked span.
  let sources: [SourcePaneView]
}
