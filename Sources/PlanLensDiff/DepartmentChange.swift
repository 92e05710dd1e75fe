/// One department whose part in a task changed: added (`before` nil), dropped (`after` nil), or
/// moved between lead and support.
public struct DepartmentChange: Hashable, Sendable, Encodable {
  /// As printed in the new version, or the old one when dropped.
  public var name: String
  /// Its role in the old version; nil when it was not named there.
  public var before: UnitRole?
  /// Its role in the new version; nil when it is no longer named.
  public var after: UnitRole?

  public init(name: String, before: UnitRole?, after: UnitRole?) {
    self.name = name
    self.before = before
    self.after = after
  }

  private enum CodingKeys: String, CodingKey {
    case name, before, after
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(before, forKey: .before)
    try c.encode(after, forKey: .after)
  }
}
