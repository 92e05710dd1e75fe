import PlanLensModel

/// A department named in a responsibility, with its role there: the model's
/// ``PlanLensModel/Department`` and whether it leads or supports. Its fields read through
/// (`unit.name`, `unit.canonical`).
@dynamicMemberLookup
public struct ResponsibleUnit: Hashable, Sendable, Encodable {
  /// The department as printed, canonical name and level.
  public var department: Department
  /// Lead (牵头) or support (参与, 配合).
  public var role: UnitRole

  public init(_ department: Department, role: UnitRole) {
    self.department = department
    self.role = role
  }

  /// The wrapped department's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Department, T>) -> T {
    department[keyPath: field]
  }

  /// What identifies the department across versions: 市卫健委 and 市卫生健康委 are the same unit.
  var key: String { "\(department.level?.rawValue ?? "")|\(department.canonical ?? department.name)" }

  private enum CodingKeys: String, CodingKey {
    case name, canonical, level, role
  }

  /// `name`, `canonical` and `level` when known, and `role`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(department.name, forKey: .name)
    try c.encodeIfPresent(department.canonical, forKey: .canonical)
    try c.encodeIfPresent(department.level, forKey: .level)
    try c.encode(role, forKey: .role)
  }
}
