import PlanLensText

/// A grant around a number: 对[beneficiary]，[verb][amount][noun] (对新认定的示范园区，给予
/// 一次性奖励80万元). The measured thing of the amount is the beneficiary with the grant noun.
struct GrantFrame: Sendable {
  /// The beneficiary phrase (after 对, before the clause break or the verb), trimmed.
  var beneficiary: Range<Int>
  /// 奖励, 补助 … as printed in the frame (一次性奖励 with its adverb), or "" when none is.
  var noun: String
  /// Whether 分别 gives each beneficiary listed its own amount of the list.
  var respectively: Bool

  /// The frame of the number at `number` in `sentence`, when its clause grants it.
  /// - Parameters:
  ///   - clause: the number's clause (from its start to its break after the number).
  static func find(
    number: Range<Int>, clause: Range<Int>, sentence: Range<Int>, in s: TextScalars, cues: GrantCues
  ) -> GrantFrame? {
    let verb = lastMatch(of: cues.verbs, in: s, range: clause.lowerBound..<number.lowerBound)
    let nounAfter = firstMatch(of: cues.nouns, in: s, range: number.upperBound..<clause.upperBound)
    guard verb != nil || nounAfter != nil else { return nil }
    // The nearest 对 that opens a clause of the number's part of the sentence (up to ；).
    var groupStart = number.lowerBound
    while groupStart > sentence.lowerBound, !Self.groupBreaks.contains(s[groupStart - 1]) { groupStart -= 1 }
    var k = number.lowerBound - 1
    var opener: (start: Int, length: Int)? = nil
    while k >= groupStart, opener == nil {
      if k == groupStart || QuantityExtractor.phraseBreaks.contains(s[k - 1]) || s[k - 1] == " " {
        if let cue = cues.openers.first(where: { matches($0, s, at: k, end: number.lowerBound) }) {
          opener = (k, cue.count)
        }
      }
      k -= 1
    }
    guard let opener = opener ?? subjectClause(before: number, groupStart: groupStart, in: s, cues: cues) else {
      return nil
    }
    var end = opener.start + opener.length
    var depth = 0
    while end < number.lowerBound {
      let c = s[end]
      if Punctuation.roundOpen.contains(c) || Punctuation.openingQuotes.contains(c) { depth += 1 }
      if Punctuation.roundClose.contains(c) || Punctuation.closingQuotes.contains(c) { depth = max(0, depth - 1) }
      if depth == 0, QuantityExtractor.phraseBreaks.contains(c) { break }
      if depth == 0, cues.verbs.contains(where: { matches($0, s, at: end, end: number.lowerBound) }) { break }
      end += 1
    }
    var start = opener.start + opener.length
    // Examples closed by 等 name kinds of the beneficiary that follows (实验室、研究中心等研发机构).
    var level = 0
    for k in start..<end {
      if Punctuation.roundOpen.contains(s[k]) || Punctuation.openingQuotes.contains(s[k]) { level += 1 }
      if Punctuation.roundClose.contains(s[k]) || Punctuation.closingQuotes.contains(s[k]) { level = max(0, level - 1) }
      if level == 0, cues.examplesClosers.contains(s[k]), k + 1 < end { start = k + 1 }
    }
    while start < end, s[start] == " " { start += 1 }
    var trimmed = true
    while trimmed {
      trimmed = false
      while end > start, s[end - 1] == " " { end -= 1 }
      for adverb in cues.adverbs
      where end - adverb.count > start && matches(adverb, s, at: end - adverb.count, end: end) {
        end -= adverb.count
        trimmed = true
      }
    }
    guard end - start >= 2 else { return nil }
    let noun = nounAfter ?? verb.flatMap { v in cues.nouns.contains(where: { $0 == Array(s[v]) }) ? v : nil }
    // Adverbs after the beneficiary, up to the clause's end.
    let rest = end..<max(end, clause.upperBound)
    let respectively = firstMatch(of: cues.respectively, in: s, range: end..<max(end, number.lowerBound)) != nil
    // An adverb right before the noun stays with it (一次性奖励, 最高资助); after the number, the
    // noun phrase from the adverb on is the noun (3000元的|一次性建设补助).
    var nounRange = noun
    if let n = noun {
      if let after = nounAfter,
        let p = firstMatch(of: cues.nounPrefixes, in: s, range: number.upperBound..<after.lowerBound)
      {
        nounRange = p.lowerBound..<after.upperBound
      } else if let p = cues.nounPrefixes.first(where: {
        n.lowerBound - $0.count >= rest.lowerBound && matches($0, s, at: n.lowerBound - $0.count, end: n.lowerBound)
      }) {
        nounRange = (n.lowerBound - p.count)..<n.upperBound
      }
    }
    return GrantFrame(
      beneficiary: start..<end, noun: nounRange.map { ScalarText.string(s[$0]) } ?? "", respectively: respectively)
  }

  /// The clause before a number's clause that opens with a grant verb (新获批市级研发机构的企业，
  /// |给予最高50万元扶持): a modified noun (it holds 的) without figures is the beneficiary.
  private static func subjectClause(
    before number: Range<Int>, groupStart: Int, in s: TextScalars, cues: GrantCues
  ) -> (start: Int, length: Int)? {
    var k = number.lowerBound
    while k > groupStart, !QuantityExtractor.phraseBreaks.contains(s[k - 1]) { k -= 1 }
    guard k > groupStart else { return nil }
    var opening = k
    while opening < number.lowerBound, s[opening] == " " { opening += 1 }
    // The number's clause opens with an adverb or a verb of the grant.
    guard (cues.verbs + cues.adverbs).contains(where: { matches($0, s, at: opening, end: number.lowerBound) }) else {
      return nil
    }
    let end = k - 1
    var start = end
    while start > groupStart, !QuantityExtractor.phraseBreaks.contains(s[start - 1]) { start -= 1 }
    let clause = s[start..<end]
    guard clause.contains(where: cues.modifierParticles.contains), !clause.contains(where: NumberScanner.isDigit) else {
      return nil
    }
    return (start, 0)
  }

  /// Whether a clause grants something (a verb of `cues.verbs` in it): its numbers are terms of
  /// the grant (连续3年全部奖补给企业), whatever their unit.
  static func grants(in clause: Range<Int>, of s: TextScalars, cues: GrantCues) -> Bool {
    lastMatch(of: cues.verbs, in: s, range: clause) != nil
  }

  /// What closes a part of a sentence that has its own beneficiary (；).
  static let groupBreaks = Punctuation.sentenceEnds

  private static func matches(_ cue: [Unicode.Scalar], _ s: TextScalars, at i: Int, end: Int) -> Bool {
    ScalarText.hasPrefix(cue, in: s, at: i, end: end)
  }

  private static func lastMatch(of cues: [[Unicode.Scalar]], in s: TextScalars, range: Range<Int>) -> Range<Int>? {
    for i in range.reversed() {
      if let cue = cues.first(where: { matches($0, s, at: i, end: range.upperBound) }) { return i..<(i + cue.count) }
    }
    return nil
  }

  private static func firstMatch(of cues: [[Unicode.Scalar]], in s: TextScalars, range: Range<Int>) -> Range<Int>? {
    for i in range {
      if let cue = cues.first(where: { matches($0, s, at: i, end: range.upperBound) }) { return i..<(i + cue.count) }
    }
    return nil
  }
}
