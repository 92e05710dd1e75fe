/// A change in what the plan commits to: a target, a department's task, a date, or its metadata.
public struct FactChange: Hashable, Sendable, Encodable {
  /// What kind of fact changed, and how.
  public var type: FactChangeType
  /// What the fact is about: the quantity's indicator, the task's label and title, the
  /// milestone's label, or the metadata field ("status", "title", …).
  public var indicator: String
  /// The fact in the old version; nil when added.
  public var before: FactState?
  /// The fact in the new version; nil when removed.
  public var after: FactState?
  /// The fields that differ: value, valueMax, comparator, unit, deadline, kind (targets); lead,
  /// support (responsibilities); start, end (milestones); the field name (metadata). Empty for
  /// an added or removed fact.
  public var changes: [String]
  /// For a responsibility change: each department added, dropped or given another role.
  public var departments: [DepartmentChange]
  /// The id of the provision the fact is in, in the old version.
  public var oldProvision: String?
  /// The id of the provision the fact is in, in the new version.
  public var newProvision: String?

  public init(
    type: FactChangeType, indicator: String, before: FactState?, after: FactState?, changes: [String] = [],
    departments: [DepartmentChange] = [], oldProvision: String? = nil, newProvision: String? = nil
  ) {
    self.type = type
    self.indicator = indicator
    self.before = before
    self.after = after
    self.changes = changes
    self.departments = departments
    self.oldProvision = oldProvision
    self.newProvision = newProvision
  }

  private enum CodingKeys: String, CodingKey {
    case type, indicator, before, after, changes, departments, oldProvision, newProvision
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(type, forKey: .type)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(before, forKey: .before)
    try c.encode(after, forKey: .after)
    try c.encode(changes, forKey: .changes)
    try c.encode(departments, forKey: .departments)
    try c.encode(oldProvision, forKey: .oldProvision)
    try c.encode(newProvision, forKey: .newProvision)
  }
}
