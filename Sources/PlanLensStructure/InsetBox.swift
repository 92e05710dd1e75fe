import PlanLensText

/// Recognises the line that opens an inset box (专栏1 重点工程, 专栏：典型案例): a box cue of
/// `outline-furniture.tsv` followed by a number or a colon.
struct InsetBox: Sendable {
  let furniture: OutlineFurniture

  /// Whether the text from `start` (the line's first non-space scalar) to `lineEnd` opens a box.
  func opens(_ s: TextScalars, from start: Int, lineEnd: Int) -> Bool {
    for cue in furniture.boxCues {
      let c = Array(cue.unicodeScalars)
      guard ScalarText.hasPrefix(c, in: s, at: start, end: lineEnd) else { continue }
      var i = start + c.count
      while i < lineEnd, ScalarText.isWhitespace(s[i]) { i += 1 }
      guard i < lineEnd else { return false }
      let next = s[i]
      return Punctuation.colons.contains(next) || ScalarText.arabicDigit(next) != nil
        || ChineseNumerals.isSmallNumeral(next)
    }
    return false
  }
}
