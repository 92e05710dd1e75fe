/// What happened to one provision between two versions.
public enum ProvisionChangeKind: String, Hashable, Sendable, Encodable, CaseIterable {
  /// Same text (labels may be renumbered) under the corresponding section, in the same order.
  case unchanged
  /// Same place, different text.
  case reworded
  /// Now under a different section or out of its old order; its text may also have changed.
  case moved
  /// Only in the new version.
  case added
  /// Only in the old version.
  case removed
}
