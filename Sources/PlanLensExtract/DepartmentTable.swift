import PlanLensText

/// Department aliases from `departments.tsv`: alias → canonical name.
struct DepartmentTable: Sendable {
  /// Every alias with its canonical name, longest alias first.
  let aliases: [(alias: String, canonical: String)]

  /// Each alias's canonical name and its place in ``aliases`` (the first row of an alias wins).
  private let byAlias: [String: (canonical: String, order: Int)]
  /// The longest alias, in characters.
  private let longest: Int

  init(table: DataTable) throws {
    var pairs: [(String, String)] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[0].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected canonical name and aliases")
      }
      for alias in row where !alias.isEmpty { pairs.append((alias, row[0])) }
    }
    aliases = pairs.sorted { $0.0.count > $1.0.count }
    var byAlias: [String: (canonical: String, order: Int)] = [:]
    for (order, pair) in aliases.enumerated() where byAlias[pair.alias] == nil {
      byAlias[pair.alias] = (pair.canonical, order)
    }
    self.byAlias = byAlias
    longest = aliases.first?.alias.count ?? 0
  }

  /// The longest alias that ends `name`, with what stands before it: the name's endings looked
  /// up from the longest an alias can be, instead of every alias tried in turn.
  func suffixMatch(_ name: String) -> (canonical: String, prefix: String)? {
    let characters = Array(name)
    var length = min(longest, characters.count)
    while length > 0 {
      let ending = String(characters[(characters.count - length)...])
      if let found = byAlias[ending] {
        return (found.canonical, String(characters[..<(characters.count - length)]))
      }
      length -= 1
    }
    return nil
  }

  /// The longest alias found anywhere in `name` (人民银行济宁市分行); of equal lengths, the one
  /// listed first.
  func containedMatch(_ name: String) -> String? {
    let characters = Array(name)
    var length = min(longest, characters.count)
    while length > 0 {
      var best: (canonical: String, order: Int)? = nil
      for start in 0...(characters.count - length) {
        guard let found = byAlias[String(characters[start..<(start + length)])] else { continue }
        if best.map({ found.order < $0.order }) ?? true { best = found }
      }
      if let best { return best.canonical }
      length -= 1
    }
    return nil
  }
}
