import PlanLensText

/// Whether a unit as printed names an organisation: it ends with an ending of
/// `department-endings.tsv` or an alias of `departments.tsv`, once a closing nested bracket
/// (各县（市、区）, 市卫健委（市中医药管理局）) is set aside, and holds no name-breaking word.
struct DepartmentEndings: Sendable {
  let endings: [String]

  init(table: DataTable) {
    endings = table.firstColumn.sorted { $0.count > $1.count }
  }

  /// The endings shipped with PlanLens.
  static func standard() throws -> DepartmentEndings {
    DepartmentEndings(table: try DataTable.load("department-endings.tsv", in: .module))
  }

  /// Whether `name` (as printed) looks like an organisation's name.
  func isOrganisation(_ name: String, aliases: DepartmentTable, nameBreaks: [String]) -> Bool {
    var core = Substring(name)
    // Set aside a trailing bracketed part: 各县（市、区） → 各县.
    if let last = core.unicodeScalars.last, Punctuation.roundClose.contains(last),
      let start = core.unicodeScalars.lastIndex(where: Punctuation.roundOpen.contains)
    {
      core = core[..<start]
    }
    let coreText = String(core)
    guard core.count >= 2, !nameBreaks.contains(where: coreText.includes) else { return false }
    let text = String(core)
    return endings.contains(where: text.hasSuffix) || aliases.suffixMatch(text) != nil
  }
}
