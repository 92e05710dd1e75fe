import PlanLensText

/// Numbers that are not quantities although a unit follows (`number-exclusions.tsv`): references
/// to attachments, figures and tables (如附件1所示, 见表3), slogans (最后1公里), time references
/// (近两年), and numerals inside a term (人机物三元).
///
/// A pattern is the text around the number with `_` standing for its numerals; spaces around
/// the numerals are ignored. A row marked `unit` reads its text after the number's unit
/// (1次性 → 次 then 性), not right after the numerals.
struct NumberExclusions: Sendable {
  /// One pattern: the text before the numerals, the text after them (or after the unit).
  struct Pattern: Sendable {
    var before: [Unicode.Scalar]
    var after: [Unicode.Scalar]
    var afterUnit = false
  }

  let patterns: [Pattern]

  static let none = NumberExclusions(patterns: [])

  init(patterns: [Pattern]) {
    self.patterns = patterns
  }

  init(table: DataTable) throws {
    var patterns: [Pattern] = []
    for (i, row) in table.rows.enumerated() {
      let bad = { (reason: String) in
        DataTableError.badRow(table: table.name, row: table.lineNumbers[i], reason: reason)
      }
      let parts = row.first.map { $0.split(separator: "_", omittingEmptySubsequences: false) } ?? []
      guard parts.count == 2, parts.contains(where: { !$0.isEmpty }) else {
        throw bad("expected a pattern with one _ for the number")
      }
      let place = row.count > 1 ? row[1] : ""
      guard place.isEmpty || place == Self.afterUnitMarker else { throw bad("the second field is empty or unit") }
      patterns.append(
        Pattern(
          before: Array(parts[0].unicodeScalars), after: Array(parts[1].unicodeScalars),
          afterUnit: place == Self.afterUnitMarker))
    }
    self.patterns = patterns
  }

  /// The second field of a row whose text follows the number's unit.
  static let afterUnitMarker = "unit"

  /// Whether the number `start..<end` (numerals up to `numberEnd`) stands in one of the patterns
  /// (within `range`).
  func excludes(_ s: TextScalars, start: Int, numberEnd: Int, end: Int, range: Range<Int>) -> Bool {
    var before = start
    while before > range.lowerBound, s[before - 1] == " " { before -= 1 }
    let afterNumerals = NumberScanner.skipSpaces(s, from: numberEnd, end: range.upperBound)
    return patterns.contains { pattern in
      NumberForms.word(pattern.before, in: s, endingAt: before, floor: range.lowerBound)
        && NumberForms.word(pattern.after, in: s, at: pattern.afterUnit ? end : afterNumerals, end: range.upperBound)
    }
  }
}
