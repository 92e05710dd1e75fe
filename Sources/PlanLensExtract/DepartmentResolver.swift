import PlanLensModel

/// Resolves a department as printed (市民政局, 各区（市）政府, 人民银行济宁市分行) to its canonical
/// name and government level.
struct DepartmentResolver: Sendable {
  let table: DepartmentTable
  let divisions: AdministrativeDivisions
  let levels: DepartmentLevels

  init(table: DepartmentTable, divisions: AdministrativeDivisions, levels: DepartmentLevels) {
    self.table = table
    self.divisions = divisions
    self.levels = levels
  }

  /// A resolver with the level markers shipped with PlanLens.
  init(table: DepartmentTable, divisions: AdministrativeDivisions) throws {
    self.init(table: table, divisions: divisions, levels: try DepartmentLevels.standard())
  }

  func department(named printed: String) -> Department {
    var name = printed
    if let word = levels.distributive.first(where: name.hasPrefix) { name.removeFirst(word.count) }
    if let match = table.suffixMatch(name) {
      let level = levels.national[name] ?? level(ofPrefix: match.prefix) ?? levels.canonical[match.canonical]
      return Department(name: printed, canonical: match.canonical, level: level)
    }
    if let canonical = table.containedMatch(name) {
      return Department(name: printed, canonical: canonical, level: level(ofPrefix: name))
    }
    // Unknown: strip a leading level character when a name remains.
    let level = levels.national[name] ?? level(ofPrefix: String(name.prefix(1)))
    let canonical = level != nil && name.count > 2 ? String(name.dropFirst()) : name
    return Department(name: printed, canonical: canonical, level: level)
  }

  /// The level a prefix names: a place (济宁市 → city), else the first marker of
  /// `department-levels.tsv` it starts or ends with (省 / 市 / 区 / 县 / 镇 / 乡 / 街道 / 国家), so
  /// the 乡 inside 省住房城乡建设厅等 is no marker.
  func level(ofPrefix prefix: String) -> AdministrativeLevel? {
    if prefix.isEmpty { return nil }
    if let place = divisions.mentions(in: prefix).last, let d = place.candidates.first {
      return d.level
    }
    // The administrative word nearest the name decides (山东省济南市|民政局 is a city's): the longest
    // marker ending the prefix, else the longest opening it. No row order matters.
    let longest = { (fits: (String) -> Bool) in
      levels.markers.filter { fits($0.marker) }.max { $0.marker.count < $1.marker.count }?.level
    }
    return longest { prefix.hasSuffix($0) } ?? longest { prefix.hasPrefix($0) }
  }
}
