import PlanLensText

/// Numbers that are not quantities although a unit follows (`number-exclusions.tsv`): references
/// to attachments, figures and tables (如附件1所示, 见表3), slogans (最后1公里), time references
/// (近两年), and numerals inside a term (人机物三元).
///
/// A pattern is the text around the number with `_` standing for its numerals; spaces around
/// the numerals are ignored.
struct NumberExclusions: Sendable {
  /// (text before the numerals, text after them).
  let patterns: [(before: [Unicode.Scalar], after: [Unicode.Scalar])]

  static let none = NumberExclusions(patterns: [])

  init(patterns: [(before: [Unicode.Scalar], after: [Unicode.Scalar])]) {
    self.patterns = patterns
  }

  init(table: DataTable) throws {
    var patterns: [(before: [Unicode.Scalar], after: [Unicode.Scalar])] = []
    for (i, row) in table.rows.enumerated() {
      let parts = row.first.map { $0.split(separator: "_", omittingEmptySubsequences: false) } ?? []
      guard parts.count == 2, parts.contains(where: { !$0.isEmpty }) else {
        throw DataTableError.badRow(
          table: table.name, row: table.lineNumbers[i], reason: "expected a pattern with one _ for the number")
      }
      patterns.append((Array(parts[0].unicodeScalars), Array(parts[1].unicodeScalars)))
    }
    self.patterns = patterns
  }

  /// Whether the numerals `start..<numberEnd` stand in one of the patterns (within `range`).
  func excludes(_ s: [Unicode.Scalar], start: Int, numberEnd: Int, range: Range<Int>) -> Bool {
    var before = start
    while before > range.lowerBound, s[before - 1] == " " { before -= 1 }
    let after = NumberScanner.skipSpaces(s, from: numberEnd, end: range.upperBound)
    return patterns.contains { pattern in
      NumberForms.word(pattern.before, in: s, endingAt: before, floor: range.lowerBound)
        && NumberForms.word(pattern.after, in: s, at: after, end: range.upperBound)
    }
  }
}
