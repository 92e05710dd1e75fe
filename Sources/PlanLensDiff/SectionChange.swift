/// A section heading added, removed or retitled between two versions.
public struct SectionChange: Hashable, Sendable, Encodable {
  /// Added, removed or retitled.
  public var kind: SectionChangeKind
  /// The heading in the old version; nil when added.
  public var old: SectionSnapshot?
  /// The heading in the new version; nil when removed.
  public var new: SectionSnapshot?

  public init(kind: SectionChangeKind, old: SectionSnapshot?, new: SectionSnapshot?) {
    self.kind = kind
    self.old = old
    self.new = new
  }

  private enum CodingKeys: String, CodingKey {
    case change, old, new
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .change)
    try c.encode(old, forKey: .old)
    try c.encode(new, forKey: .new)
  }
}
