import PlanLensText

/// An attachment heading printed on one line with its title (附件2  重点项目清单). The bare
/// 附件 / 附件2 lines are found by the partitioner; a line 附件：… lists attachments and is not one.
struct HeadingAttachment: Sendable {
  /// The label (附件2) and title of a one-line attachment heading starting at `start`.
  /// - Parameter words: the words of an attachment's heading (partition-cues.tsv's "attachment").
  static func match(_ s: TextScalars, from start: Int, lineEnd: Int, words: [[Unicode.Scalar]])
    -> (label: Range<Int>, title: Range<Int>)?
  {
    guard let cue = words.first(where: { ScalarText.hasPrefix($0, in: s, at: start, end: lineEnd) }) else {
      return nil
    }
    var i = start + cue.count
    let numberStart = i
    while i < lineEnd, ScalarText.arabicDigit(s[i]) != nil || ChineseNumerals.isSmallNumeral(s[i]) {
      i += 1
    }
    let labelEnd = i
    guard labelEnd > numberStart, labelEnd < lineEnd, ScalarText.isWhitespace(s[labelEnd]) else { return nil }
    while i < lineEnd, ScalarText.isWhitespace(s[i]) { i += 1 }
    var end = lineEnd
    while end > i, ScalarText.isWhitespace(s[end - 1]) { end -= 1 }
    guard i < end, !s[i..<end].contains(Punctuation.fullStop) else { return nil }
    return (start..<labelEnd, i..<end)
  }
}
