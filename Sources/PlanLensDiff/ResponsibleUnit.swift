import PlanLensModel

/// A department named in a responsibility, with its role there.
public struct ResponsibleUnit: Hashable, Sendable, Encodable {
  /// As printed: 市民政局.
  public var name: String
  /// Jurisdiction level stripped and aliases resolved: 民政局.
  public var canonical: String?
  /// "province", "city", "county", "town" or nil.
  public var level: String?
  /// Lead (牵头) or support (参与, 配合).
  public var role: UnitRole

  public init(name: String, canonical: String?, level: String?, role: UnitRole) {
    self.name = name
    self.canonical = canonical
    self.level = level
    self.role = role
  }

  init(_ department: Department, role: UnitRole) {
    self.init(name: department.name, canonical: department.canonical, level: department.level, role: role)
  }

  /// What identifies the department across versions: 市卫健委 and 市卫生健康委 are the same unit.
  var key: String { "\(level ?? "")|\(canonical ?? name)" }
}
