import PlanLensText

/// The units of `units.tsv`: what may follow a number (longest first) and what each measures.
struct UnitLexicon: Sendable {
  /// The dimension the rules read for amounts of money (万元, 亿元, 元).
  static let money = "money"
  /// The dimension of a share (%).
  static let percentage = "percentage"
  /// The dimension of a duration in years (5年内).
  static let years = "years"
  /// The dimension of a level (三级), which is a word rather than a count.
  static let grade = "grade"

  /// The unit the number grammar writes for a percentage (45%, 百分之四十五).
  static let percent = "%"
  /// The unit it writes for a per-mille figure (4‰, 千分之四).
  static let permille = "‰"

  /// Every unit as scalars, longest first, so the longest match wins.
  let units: [[Unicode.Scalar]]
  /// What each unit measures (its row's dimension).
  let dimensions: [String: String]

  init(table: DataTable) throws {
    var dimensions: [String: String] = [:]
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty, !row[1].contains(" ") else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected unit and a one-word dimension")
      }
      dimensions[row[0]] = row[1]
    }
    self.dimensions = dimensions
    units = dimensions.keys.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }

  /// What `unit` measures; nil for a unit not in the table (a technical unit such as EFLOPS).
  func dimension(of unit: String?) -> String? { unit.flatMap { dimensions[$0] } }

  /// Whether `unit` is an amount of money (万元, 亿元).
  func isMoney(_ unit: String?) -> Bool { dimension(of: unit) == Self.money }

  /// Whether `unit` is a percentage (%).
  func isPercentage(_ unit: String?) -> Bool { dimension(of: unit) == Self.percentage }

  /// The same unit, or two units of money (2000万元、1亿元).
  func sameDimension(_ a: String?, _ b: String?) -> Bool { a == b || isMoney(a) && isMoney(b) }
}
