/// One changed provision as the report shows it.
struct ProvisionChangeView {
  /// "change-3": the anchor of this entry.
  let anchor: String
  /// The change kind's raw value, for CSS classes and filters.
  let kind: String
  let symbol: String
  /// Label and title, new version first.
  let caption: String
  /// Where it is ("二、重点任务 › （一）…"), or where it moved from and to.
  let location: String
  /// "3. → 4." when renumbered.
  let renumbered: String?
  /// "split from 5. …" or "merged into 7. …".
  let note: String?
  /// "0.83" for a paired provision whose text changed.
  let similarity: String?
  /// Moved and reworded provisions get two columns.
  let sideBySide: Bool
  let oldCaption: String
  let newCaption: String
  let oldLocation: String
  let newLocation: String
  /// The inline redline: kept, deleted and inserted words in reading order.
  let runs: [TextRunView]
  /// The old text with deletions marked, and the new text with insertions marked.
  let oldRuns: [TextRunView]
  let newRuns: [TextRunView]
  let oldLink: SpanLinkView?
  let newLink: SpanLinkView?
}
