import PlanLensText

/// Scalar-level helpers shared by the responsibility scanners: text is matched as Unicode scalars
/// of the NFKC text, so indices stay those of `DocumentText.normalized`.
enum ResponsibilityScalars {
  /// Whether `word` occurs in `s` at `i`.
  static func matches(_ word: [Unicode.Scalar], in s: TextScalars, at i: Int) -> Bool {
    !word.isEmpty && ScalarText.hasPrefix(word, in: s, at: i)
  }

  /// Whether `word` ends `s[range]`.
  static func ends(_ range: Range<Int>, of s: TextScalars, with word: [Unicode.Scalar]) -> Bool {
    range.count >= word.count && matches(word, in: s, at: range.upperBound - word.count)
  }

  /// The first index in `range` where `word` occurs.
  static func find(_ word: [Unicode.Scalar], in s: TextScalars, _ range: Range<Int>) -> Int? {
    guard word.count <= range.count else { return nil }
    return (range.lowerBound...(range.upperBound - word.count)).first { matches(word, in: s, at: $0) }
  }

  /// `range` without spaces at either end.
  static func trimmed(_ range: Range<Int>, in s: TextScalars) -> Range<Int> {
    ScalarText.trimmed(range, in: s)
  }

  /// A string of the scalars in `range`.
  static func string(_ s: TextScalars, _ range: Range<Int>) -> String {
    ScalarText.string(s[range])
  }
}
