import PlanLensText

/// Department aliases from `departments.tsv`: alias → canonical name.
struct DepartmentTable: Sendable {
  /// Every alias with its canonical name, longest alias first.
  let aliases: [(alias: String, canonical: String)]

  init(table: DataTable) throws {
    var pairs: [(String, String)] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[0].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected canonical name and aliases")
      }
      for alias in row where !alias.isEmpty { pairs.append((alias, row[0])) }
    }
    aliases = pairs.sorted { $0.0.count > $1.0.count }
  }

  /// The longest alias that ends `name`, with what stands before it.
  func suffixMatch(_ name: String) -> (canonical: String, prefix: String)? {
    for (alias, canonical) in aliases where name.hasSuffix(alias) {
      return (canonical, String(name.dropLast(alias.count)))
    }
    return nil
  }

  /// The longest alias found anywhere in `name` (人民银行济宁市分行).
  func containedMatch(_ name: String) -> String? {
    aliases.first { name.contains($0.alias) }?.canonical
  }
}
