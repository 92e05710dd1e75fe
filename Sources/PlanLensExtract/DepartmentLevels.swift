import PlanLensText

/// The level markers of `department-levels.tsv`: 省 → province, 市 → city, …, and ministries
/// printed without a prefix (科技部 → national).
struct DepartmentLevels: Sendable {
  /// Markers looked for in a prefix, in table order.
  let markers: [(marker: String, level: String)]
  /// Names that are national ministries by themselves.
  let national: [String: String]

  init(table: DataTable) throws {
    var markers: [(String, String)] = []
    var national: [String: String] = [:]
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, !row[1].isEmpty, !row[2].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind, word and level")
      }
      switch row[0] {
      case "marker": markers.append((row[1], row[2]))
      case "national": national[row[1]] = row[2]
      default: throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    self.markers = markers
    self.national = national
  }

  /// The levels shipped with PlanLens.
  static func standard() throws -> DepartmentLevels {
    try DepartmentLevels(table: DataTable.load("department-levels.tsv", in: .module))
  }
}
