import PlanLensText

/// Finds the lines of a table of contents: a 目录 line and the entries after it that end in a
/// page number, and anywhere an entry with a dotted leader (一、现状与形势......1).
struct TableOfContents: Sendable {
  let furniture: OutlineFurniture

  /// Indices of the lines in `range` that belong to a table of contents.
  func lines(in scalars: TextScalars, lines: [Range<Int>], range: Range<Int>) -> Set<Int> {
    var out: Set<Int> = []
    var inBlock = false
    var previousText: Int? = nil
    for li in range {
      let line = lines[li]
      let squeezed = ScalarText.squeezed(scalars[line])
      defer { if !squeezed.isEmpty { previousText = li } }
      if furniture.tocTitles.contains(squeezed) {
        out.insert(li)
        inBlock = true
        continue
      }
      if let hasText = leader(scalars, line) {
        out.insert(li)
        // A leader standing alone continues the entry on the line before (第三章  重点任务 / ……6).
        if !hasText, let previous = previousText { out.insert(previous) }
        continue
      }
      if inBlock, endsInPageNumber(scalars, line) || nextTextLineHasLeader(after: li, scalars, lines, range) {
        out.insert(li)
        continue
      }
      // A blank line continues the block; any other line ends it.
      if !squeezed.isEmpty { inBlock = false }
    }
    return out
  }

  /// Whether a line has a dotted leader before a page number at its end.
  func hasLeader(_ s: TextScalars, _ line: Range<Int>) -> Bool {
    leader(s, line) == true
  }

  /// A run of one leader character long enough to count, then a page number at the line end:
  /// nil without one, else whether entry text stands before the leader.
  private func leader(_ s: TextScalars, _ line: Range<Int>) -> Bool? {
    guard let number = pageNumberStart(s, line) else { return nil }
    var i = number
    while i > line.lowerBound, ScalarText.isWhitespace(s[i - 1]) { i -= 1 }
    guard i > line.lowerBound, let minimum = furniture.leaders[s[i - 1]] else { return nil }
    let leader = s[i - 1]
    var run = 0
    while i > line.lowerBound, s[i - 1] == leader || ScalarText.isWhitespace(s[i - 1]) {
      if s[i - 1] == leader { run += 1 }
      i -= 1
    }
    return run >= minimum ? i > line.lowerBound : nil
  }

  /// A wrapped entry: the next line with text has a leader.
  private func nextTextLineHasLeader(
    after li: Int, _ s: TextScalars, _ lines: [Range<Int>], _ range: Range<Int>
  ) -> Bool {
    guard
      let next = (li + 1..<range.upperBound).first(where: { s[lines[$0]].contains { !ScalarText.isWhitespace($0) } })
    else { return false }
    return leader(s, lines[next]) != nil
  }

  /// Text, then spaces or a leader, then a page number at the line end (一、总体要求  3).
  private func endsInPageNumber(_ s: TextScalars, _ line: Range<Int>) -> Bool {
    guard let i = pageNumberStart(s, line), i > line.lowerBound else { return false }
    let before = s[i - 1]
    guard ScalarText.isWhitespace(before) || furniture.leaders[before] != nil else { return false }
    return s[line.lowerBound..<i].contains { !ScalarText.isWhitespace($0) && furniture.leaders[$0] == nil }
  }

  /// Where the page number at the end of the line starts (trailing spaces ignored).
  private func pageNumberStart(_ s: TextScalars, _ line: Range<Int>) -> Int? {
    var end = line.upperBound
    while end > line.lowerBound, ScalarText.isWhitespace(s[end - 1]) { end -= 1 }
    var i = end
    while i > line.lowerBound, ScalarText.arabicDigit(s[i - 1]) != nil { i -= 1 }
    return i < end ? i : nil
  }
}
