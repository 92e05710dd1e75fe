import PlanLensText

/// What joins the two ends of a range (2至3名, 60%—70%, 2031年至2033年): the dashes of
/// ``PlanLensText/Punctuation`` and the words of `range-joiners.tsv`.
struct RangeJoiners: Sendable {
  /// The joining words (至, 到).
  let words: ScalarSet
  /// Words and dashes together.
  let all: ScalarSet

  init(words: ScalarSet) {
    self.words = words
    all = Punctuation.dashes.union(words)
  }

  init(table: DataTable) throws {
    var words: ScalarSet = []
    for (i, row) in table.rows.enumerated() {
      guard let word = row.first, word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected one character")
      }
      words.insert(scalar)
    }
    self.init(words: words)
  }

  static func table() throws -> DataTable { try DataTable.load("range-joiners.tsv", in: .module) }

  static func standard() throws -> RangeJoiners { try RangeJoiners(table: table()) }

  /// Dashes only, for scanners built without the tables.
  static let dashesOnly = RangeJoiners(words: [])
}
