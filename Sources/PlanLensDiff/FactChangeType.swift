/// The kind of a fact change, as named in the JSON (`"type"`).
public enum FactChangeType: String, Hashable, Sendable, Encodable, CaseIterable {
  /// A quantity in both versions whose value, range, comparator, unit, deadline or kind differs.
  case targetChanged
  /// A quantity only in the new version.
  case targetAdded
  /// A quantity only in the old version.
  case targetRemoved
  /// A task's departments differ: one added or dropped, or moved between lead and support.
  case responsibilityChanged
  /// A schedule phase or review whose dates differ, or that is only in one version.
  case milestoneChanged
  /// Title, status (draft → final), type, issuer, number, date, period or jurisdiction.
  case metaChanged
}
