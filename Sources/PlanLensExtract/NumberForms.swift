import PlanLensText

/// The open-class number forms beyond digits and units: Chinese counts and magnitudes in a frame
/// (`measure-words.tsv`), ratios and fractions (`ratio-cues.tsv`), and numbers that are not
/// quantities (`number-exclusions.tsv`).
struct NumberForms: Sendable {
  var measures: MeasureWords
  var ratios: RatioReader
  var exclusions: NumberExclusions

  /// No forms at all: only digits, Chinese numerals and units are read.
  static let none = NumberForms(measures: .none, ratios: .none, exclusions: .none)

  init(measures: MeasureWords, ratios: RatioReader, exclusions: NumberExclusions) {
    self.measures = measures
    self.ratios = ratios
    self.exclusions = exclusions
  }

  init(measures: DataTable, ratios: DataTable, exclusions: DataTable) throws {
    self.measures = try MeasureWords(table: measures)
    self.ratios = try RatioReader(table: ratios)
    self.exclusions = try NumberExclusions(table: exclusions)
  }

  /// Loads one of the tables shipped with PlanLens (for the tests).
  static func table(_ name: String) throws -> DataTable {
    try DataTable.load(name, in: .module)
  }

  /// The tables shipped with PlanLens.
  static func standard() throws -> NumberForms {
    try NumberForms(
      measures: table("measure-words.tsv"), ratios: table("ratio-cues.tsv"),
      exclusions: table("number-exclusions.tsv"))
  }

  /// The rows of `table` grouped by their first field, each cue as scalars, longest first.
  static func cues(of table: DataTable, kinds: Set<String>) throws -> [String: [[Unicode.Scalar]]] {
    try table.wordsByKind(kinds)
  }

  /// Whether `word` is printed at `i` (within `end`).
  static func word(_ word: [Unicode.Scalar], in s: TextScalars, at i: Int, end: Int) -> Bool {
    ScalarText.hasPrefix(word, in: s, at: i, end: end)
  }

  /// Whether `word` ends right before `i` (not before `floor`).
  static func word(_ word: [Unicode.Scalar], in s: TextScalars, endingAt i: Int, floor: Int) -> Bool {
    i - word.count >= floor && Self.word(word, in: s, at: i - word.count, end: i)
  }

  /// The start of the clause that holds `i`: just past the nearest clause break before it.
  static func clauseStart(_ s: TextScalars, before i: Int, floor: Int) -> Int {
    var j = i
    while j > floor, !QuantityExtractor.clauseBreaks.contains(s[j - 1]) { j -= 1 }
    return j
  }
}
