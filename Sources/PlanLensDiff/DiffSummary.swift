/// Counts of a diff: how many provisions fell in each class, and how many facts changed.
///
/// `unchanged + reworded + moved + removed` is the old document's provision count and
/// `unchanged + reworded + moved + added` the new one's.
public struct DiffSummary: Hashable, Sendable, Encodable {
  /// Provisions with the same text under the corresponding section (renumbering aside).
  public var unchanged: Int
  /// Provisions in the same place whose text changed.
  public var reworded: Int
  /// Provisions under another section, or out of their old order.
  public var moved: Int
  /// Provisions only in the new version.
  public var added: Int
  /// Provisions only in the old version.
  public var removed: Int
  /// Number of entries in `DocumentDiff.factChanges`.
  public var facts: Int
  /// Number of section headings added, removed or retitled.
  public var sections: Int

  public init(
    unchanged: Int = 0, reworded: Int = 0, moved: Int = 0, added: Int = 0, removed: Int = 0, facts: Int = 0,
    sections: Int = 0
  ) {
    self.unchanged = unchanged
    self.reworded = reworded
    self.moved = moved
    self.added = added
    self.removed = removed
    self.facts = facts
    self.sections = sections
  }

  /// Whether the two documents differ in any provision, section or fact.
  public var hasChanges: Bool {
    reworded + moved + added + removed + facts + sections > 0
  }
}
