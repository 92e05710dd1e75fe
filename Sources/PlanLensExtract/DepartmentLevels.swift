import PlanLensModel
import PlanLensText

/// The level markers of `department-levels.tsv`: 省 → province, 市 → city, …, and ministries
/// printed without a prefix (科技部 → national).
struct DepartmentLevels: Sendable {
  /// Markers looked for at the end, then the start, of what precedes a department's name.
  let markers: [(marker: String, level: AdministrativeLevel)]
  /// Names that are national ministries by themselves.
  let national: [String: AdministrativeLevel]
  /// Canonical names whose level they say themselves (乡镇人民政府 → town) when no prefix does.
  let canonical: [String: AdministrativeLevel]
  /// Words before a name that mean "each of them" (各区卫健局): dropped before the name is read.
  let distributive: [String]

  init(table: DataTable) throws {
    var markers: [(String, AdministrativeLevel)] = []
    var national: [String: AdministrativeLevel] = [:]
    var canonical: [String: AdministrativeLevel] = [:]
    var distributive: [String] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, !row[1].isEmpty, !row[2].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind, word and level")
      }
      guard let level = AdministrativeLevel(rawValue: row[2]) else {
        throw DataTableError.badRow(
          table: table.name, row: i + 1,
          reason: "unknown level \(row[2]) (expected national, province, city, county or town)")
      }
      switch row[0] {
      case "marker": markers.append((row[1], level))
      case "national": national[row[1]] = level
      case "canonical": canonical[row[1]] = level
      case "distributive": distributive.append(row[1])
      default: throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    self.markers = markers
    self.national = national
    self.canonical = canonical
    self.distributive = distributive
  }

  /// The levels shipped with PlanLens.
  static func standard() throws -> DepartmentLevels {
    try DepartmentLevels(table: DataTable.load("department-levels.tsv", in: .module))
  }
}
