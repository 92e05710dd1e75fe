import PlanLensText

/// Reads a unit written in Latin letters after a number (EFLOPS, TOPS/W, dB, cm3/h) from the
/// prefixes and base symbols of `technical-units.tsv`.
///
/// A unit is `[prefix]base[digit]` optionally followed by `/` and another such part. A run of
/// letters that is not made of these parts (5G, 4K, NB) is not a unit.
struct TechnicalUnitReader: Sendable {
  let prefixes: Set<String>
  let bases: Set<String>

  init(table: DataTable) throws {
    var prefixes: Set<String> = []
    var bases: Set<String> = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: table.lineNumbers[i], reason: "expected kind and symbol")
      }
      switch row[0] {
      case "prefix": prefixes.insert(row[1])
      case "base": bases.insert(row[1])
      default:
        throw DataTableError.badRow(table: table.name, row: table.lineNumbers[i], reason: "unknown kind \(row[0])")
      }
    }
    self.prefixes = prefixes
    self.bases = bases
  }

  /// The unit starting at `i` (spaces before it allowed) and the index just past it.
  func unit(_ s: TextScalars, at i: Int, end: Int) -> (unit: String, end: Int)? {
    var j = i
    while j < end, s[j] == " " { j += 1 }
    guard let (first, afterFirst) = part(s, at: j, end: end) else { return nil }
    var unit = first
    var k = afterFirst
    if k + 1 < end, s[k] == "/", let (second, afterSecond) = part(s, at: k + 1, end: end) {
      unit += "/" + second
      k = afterSecond
    }
    return (unit, k)
  }

  /// One `[prefix]base[digit]` part; a single space may split prefix and base (1T OPS/W).
  private func part(_ s: TextScalars, at i: Int, end: Int) -> (String, Int)? {
    var letters = ""
    var j = i
    var spaces = 0
    while j < end {
      if Self.isLatinLetter(s[j]) || s[j] == "μ" {
        letters.unicodeScalars.append(s[j])
        j += 1
      } else if s[j] == " ", spaces == 0, !letters.isEmpty, j + 1 < end, Self.isLatinLetter(s[j + 1]) {
        spaces += 1
        j += 1
      } else {
        break
      }
    }
    guard !letters.isEmpty, decomposes(letters) else { return nil }
    if j < end, NumberScanner.isDigit(s[j]), j + 1 >= end || !NumberScanner.isDigit(s[j + 1]) {
      letters.unicodeScalars.append(s[j])
      j += 1
    }
    return (letters, j)
  }

  private func decomposes(_ letters: String) -> Bool {
    if bases.contains(letters) { return true }
    guard let first = letters.unicodeScalars.first, prefixes.contains(String(first)) else { return false }
    return bases.contains(String(letters.unicodeScalars.dropFirst()))
  }

  static func isLatinLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
}
