import PlanLensModel

/// Resolves a department as printed (市民政局, 各区（市）政府, 人民银行济宁市分行) to its canonical
/// name and government level.
struct DepartmentResolver: Sendable {
  let table: DepartmentTable
  let divisions: AdministrativeDivisions

  func department(named printed: String) -> Department {
    var name = printed
    if name.hasPrefix("各") { name.removeFirst() }
    if let match = table.suffixMatch(name) {
      var level = Self.level(ofPrefix: match.prefix, divisions: divisions)
      if level == nil, match.canonical == "乡镇人民政府" || match.canonical == "街道办事处" { level = "town" }
      return Department(name: printed, canonical: match.canonical, level: level)
    }
    if let canonical = table.containedMatch(name) {
      return Department(name: printed, canonical: canonical, level: Self.level(ofPrefix: name, divisions: divisions))
    }
    // Unknown: strip a leading level character when a name remains.
    let level = Self.level(ofPrefix: String(name.prefix(1)), divisions: divisions)
    let canonical = level != nil && name.count > 2 ? String(name.dropFirst()) : name
    return Department(name: printed, canonical: canonical, level: level)
  }

  /// The level a prefix names: a place (济宁市 → city), or 省 / 市 / 区 / 县 / 镇 / 乡 / 街道.
  static func level(ofPrefix prefix: String, divisions: AdministrativeDivisions) -> String? {
    if prefix.isEmpty { return nil }
    if let place = divisions.mentions(in: prefix).last, let d = place.candidates.first {
      return d.level.rawValue
    }
    if prefix.contains("街道") || prefix.contains("镇") || prefix.contains("乡") { return "town" }
    for (marker, level) in [("省", "province"), ("区", "county"), ("县", "county"), ("市", "city")]
    where prefix.contains(marker) {
      return level
    }
    return nil
  }
}
