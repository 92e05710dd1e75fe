import PlanLensText

/// Ratios and fractions printed with digits (`ratio-cues.tsv`), both with an empty unit:
/// 师生比不低于1∶4000 → 4000 (how many of the larger term to one of the smaller), 转化率超过1/3
/// → 0.333…; and fractions in Chinese (三分之一 → 0.333…), which need no cue.
///
/// A ratio needs a ratio word (比, 配比) before it in its clause or one right after it (1∶1比例),
/// else 8:30 is a time; a fraction needs a share word (率, 占) before it, else 2021/3 is a date.
struct RatioReader: Sendable {
  let separators: ScalarSet
  let ratioWords: [[Unicode.Scalar]]
  let ratioFollows: [[Unicode.Scalar]]
  let fractionSigns: ScalarSet
  let fractionWords: [[Unicode.Scalar]]

  static let none = RatioReader(
    separators: [], ratioWords: [], ratioFollows: [], fractionSigns: [], fractionWords: [])

  init(
    separators: ScalarSet, ratioWords: [[Unicode.Scalar]], ratioFollows: [[Unicode.Scalar]],
    fractionSigns: ScalarSet, fractionWords: [[Unicode.Scalar]]
  ) {
    self.separators = separators
    self.ratioWords = ratioWords
    self.ratioFollows = ratioFollows
    self.fractionSigns = fractionSigns
    self.fractionWords = fractionWords
  }

  init(table: DataTable) throws {
    let cues = try NumberForms.cues(
      of: table, kinds: ["separator", "ratioWord", "ratioFollow", "fractionSign", "fractionWord"])
    let signs = { (kind: String) in ScalarSet((cues[kind] ?? []).compactMap { $0.count == 1 ? $0.first : nil }) }
    self.init(
      separators: signs("separator"), ratioWords: cues["ratioWord"] ?? [], ratioFollows: cues["ratioFollow"] ?? [],
      fractionSigns: signs("fractionSign"), fractionWords: cues["fractionWord"] ?? [])
  }

  /// A ratio or fraction of digits at `i`: its value and the index just past it.
  func read(
    _ s: TextScalars, at i: Int, floor: Int, end: Int, arabic: (Int) -> (Double, Int)?
  ) -> (value: Double, end: Int)? {
    guard let (first, afterFirst) = arabic(i), afterFirst + 1 < end else { return nil }
    let sign = s[afterFirst]
    let isRatio = separators.contains(sign)
    guard isRatio || fractionSigns.contains(sign), let (second, afterSecond) = arabic(afterFirst + 1) else {
      return nil
    }
    // Not a longer run (2021/3/5, 1:2:3) nor a code (1/3A).
    if afterSecond < end, separators.contains(s[afterSecond]) || fractionSigns.contains(s[afterSecond]) {
      return nil
    }
    if afterSecond < end, TechnicalUnitReader.isLatinLetter(s[afterSecond]) { return nil }
    let clause = NumberForms.clauseStart(s, before: i, floor: floor)
    let words = isRatio ? ratioWords : fractionWords
    let follows = isRatio && ratioFollows.contains { NumberForms.word($0, in: s, at: afterSecond, end: end) }
    guard follows || Self.contains(words, in: s, from: clause, to: i), first > 0, second > 0 else { return nil }
    if isRatio { return (max(first, second) / min(first, second), afterSecond) }
    guard first < second else { return nil }
    return (first / second, afterSecond)
  }

  /// 三分之一, 五分之二 (百分之 and 千分之 are percentages, read elsewhere).
  func readChinese(_ s: TextScalars, at i: Int, end: Int) -> (value: Double, end: Int)? {
    var j = i
    while j < end, ChineseNumerals.isNumeral(s[j]) { j += 1 }
    guard j > i, j + 2 < end, s[j] == "分", s[j + 1] == "之", !["百", "千"].contains(s[j - 1]) || j - i > 1,
      let denominator = ChineseNumerals.value(of: s[i..<j]), denominator > 1
    else { return nil }
    var k = j + 2
    while k < end, ChineseNumerals.isNumeral(s[k]) { k += 1 }
    guard k > j + 2, let numerator = ChineseNumerals.value(of: s[(j + 2)..<k]), numerator < denominator else {
      return nil
    }
    return (Double(numerator) / Double(denominator), k)
  }

  private static func contains(_ words: [[Unicode.Scalar]], in s: TextScalars, from: Int, to: Int) -> Bool {
    (from..<max(from, to)).contains { k in words.contains { NumberForms.word($0, in: s, at: k, end: to) } }
  }
}
