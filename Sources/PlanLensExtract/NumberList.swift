import PlanLensText

/// Numbers printed as one list (１０００亿元、５００亿元、３０亿元; 分别超过70%和50%): each shares
/// the comparator, indicator and kind of the list, unless it prints its own.
struct NumberList: Sendable {
  /// What separates the members of a list besides the conjunctions of the lexicon (和, 及, 以及).
  static let separator = Punctuation.listSeparator

  /// For each number, the index of the first member of its list (itself when it opens one):
  /// members are joined by 、 or a conjunction (`conjunctions`, from indicator-stopwords.tsv).
  static func leaders(
    of numbers: [NumberExpression], in s: TextScalars, conjunctions: Set<String>, units: UnitLexicon
  ) -> [Int] {
    var out: [Int] = []
    for (i, n) in numbers.enumerated() {
      guard i > 0 else {
        out.append(0)
        continue
      }
      let previous = numbers[i - 1]
      let gap = ScalarText.squeezed(s[previous.end..<max(previous.end, n.start)])
      var word = Substring(gap)
      if word.unicodeScalars.first == separator { word = word.dropFirst() }
      let joined = !gap.isEmpty && (word.isEmpty || conjunctions.contains(String(word)))
      out.append(joined && units.sameDimension(previous.unit, n.unit) ? out[i - 1] : i)
    }
    return out
  }

  /// For each number, the index of the last member of its list.
  static func lasts(leaders: [Int]) -> [Int] {
    var out = Array(leaders.indices)
    for i in leaders.indices.reversed() where i + 1 < leaders.count && leaders[i + 1] == leaders[i] {
      out[i] = out[i + 1]
    }
    return out
  }
}
