import PlanLensModel

/// Provinces and prefecture cities by the short names plans use for them (山东 → 山东省,
/// 济南 → 济南市), as in 数字山东 or 科创济南, which the full-name scanner does not see.
struct JurisdictionShortNames: Sendable {
  private(set) var provinces: [(short: String, division: AdministrativeDivision)] = []
  private(set) var cities: [(short: String, division: AdministrativeDivision)] = []

  /// `endings` are dropped from full names to make short ones (省, 市, 壮族自治区 …).
  init(divisions: AdministrativeDivisions, endings: [String]) {
    let endings = endings.sorted { $0.count > $1.count }
    var found: [(String, AdministrativeDivision)] = []
    for d in divisions.all where d.level != .county {
      guard let ending = endings.first(where: d.name.hasSuffix) else { continue }
      let short = String(d.name.dropLast(ending.count))
      guard short.count >= 2 else { continue }
      found.append((short, d))
    }
    for (short, d) in found {
      // A name shared by a province and a city (吉林) is the province's; one shared by two cities is no one's.
      let clash = found.contains { $0.0 == short && $0.1.code != d.code }
      if d.level == .province {
        provinces.append((short, d))
      } else if !clash {
        cities.append((short, d))
      }
    }
  }

  /// Divisions of `level` (province or city) named short in `text`, one per occurrence.
  func mentions(in text: String, level: AdministrativeLevel) -> [AdministrativeDivision] {
    let names = level == .province ? provinces : cities
    var out: [AdministrativeDivision] = []
    for (short, d) in names where text.contains(short) {
      out.append(contentsOf: repeatElement(d, count: text.occurrences(of: short)))
    }
    return out
  }
}
