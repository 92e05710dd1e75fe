import PlanLensModel

/// Provinces and prefecture cities by the short names plans use for them (山东 → 山东省,
/// 济南 → 济南市), as in 数字山东 or 科创济南, which the full-name scanner does not see.
struct JurisdictionShortNames: Sendable {
  private(set) var provinces: [(short: String, division: AdministrativeDivision)] = []
  private(set) var cities: [(short: String, division: AdministrativeDivision)] = []
  private var provinceNames = ShortNameIndex([])
  private var cityNames = ShortNameIndex([])

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
    var codesByShort: [String: Set<String>] = [:]
    for (short, d) in found { codesByShort[short, default: []].insert(d.code) }
    for (short, d) in found {
      // A name shared by a province and a city (吉林) is the province's; one shared by two cities is no one's.
      let clash = (codesByShort[short]?.count ?? 0) > 1
      if d.level == .province {
        provinces.append((short, d))
      } else if !clash {
        cities.append((short, d))
      }
    }
    provinceNames = ShortNameIndex(provinces)
    cityNames = ShortNameIndex(cities)
  }

  /// Divisions of `level` (province or city) named short in `text`, one per occurrence (each
  /// name's occurrences counted without overlaps), in the order of the division table.
  ///
  /// One pass over `text`: at each scalar only the names starting with it are tried, so the
  /// work grows with the text, not with the text times the 300-odd names.
  func mentions(in text: String, level: AdministrativeLevel) -> [AdministrativeDivision] {
    let names = level == .province ? provinceNames : cityNames
    // Walked in place (no copy of the text): names are a few scalars long.
    let view = text.unicodeScalars
    var counts = [Int](repeating: 0, count: names.entries.count)
    var nextFree = [Int](repeating: 0, count: names.entries.count)
    var index = view.startIndex
    var i = 0
    while index < view.endIndex {
      if let candidates = names.byFirstScalar[view[index]] {
        for k in candidates where nextFree[k] <= i {
          let name = names.entries[k].scalars
          guard view[index...].starts(with: name) else { continue }
          counts[k] += 1
          nextFree[k] = i + name.count
        }
      }
      view.formIndex(after: &index)
      i += 1
    }
    var out: [AdministrativeDivision] = []
    for (k, entry) in names.entries.enumerated() where counts[k] > 0 {
      out.append(contentsOf: repeatElement(entry.division, count: counts[k]))
    }
    return out
  }

}

/// Short names as scalars, with the names starting with each scalar.
private struct ShortNameIndex: Sendable {
  var entries: [(scalars: [Unicode.Scalar], division: AdministrativeDivision)] = []
  var byFirstScalar: [Unicode.Scalar: [Int]] = [:]

  init(_ names: [(short: String, division: AdministrativeDivision)]) {
    for (short, division) in names {
      let scalars = Array(short.unicodeScalars)
      guard let first = scalars.first else { continue }
      byFirstScalar[first, default: []].append(entries.count)
      entries.append((scalars, division))
    }
  }
}
