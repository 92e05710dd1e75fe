/// What happened to a section heading (a heading with provisions under it).
public enum SectionChangeKind: String, Hashable, Sendable, Encodable, CaseIterable {
  /// Only in the new version.
  case added
  /// Only in the old version.
  case removed
  /// In both, with a different title.
  case retitled
}
