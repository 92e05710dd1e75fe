import PlanLensText

/// Finds the lines of a table of contents: a 目录 line and the entries after it that end in a
/// page number, and anywhere an entry with a dotted leader (一、现状与形势......1).
struct TableOfContents: Sendable {
  let furniture: OutlineFurniture

  /// Indices of the lines in `range` that belong to a table of contents.
  func lines(in scalars: [Unicode.Scalar], lines: [Range<Int>], range: Range<Int>) -> Set<Int> {
    var out: Set<Int> = []
    var inBlock = false
    for li in range {
      let line = lines[li]
      let squeezed = HeadingGrammar.squeezed(String(String.UnicodeScalarView(scalars[line])))
      if furniture.tocTitles.contains(squeezed) {
        out.insert(li)
        inBlock = true
        continue
      }
      if hasLeader(scalars, line) || (inBlock && endsInPageNumber(scalars, line)) {
        out.insert(li)
        continue
      }
      // A blank line continues the block; any other line ends it.
      if !squeezed.isEmpty { inBlock = false }
    }
    return out
  }

  /// Text, then a run of one leader character long enough to count, then a page number.
  func hasLeader(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
    guard var i = pageNumberStart(s, line) else { return false }
    while i > line.lowerBound, s[i - 1].properties.isWhitespace { i -= 1 }
    guard i > line.lowerBound, let minimum = furniture.leaders[s[i - 1]] else { return false }
    let leader = s[i - 1]
    var run = 0
    while i > line.lowerBound, s[i - 1] == leader || s[i - 1].properties.isWhitespace {
      if s[i - 1] == leader { run += 1 }
      i -= 1
    }
    // The leader follows the entry's text.
    return run >= minimum && i > line.lowerBound
  }

  /// Text, then spaces or a leader, then a page number at the line end (一、总体要求  3).
  private func endsInPageNumber(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
    guard let i = pageNumberStart(s, line), i > line.lowerBound else { return false }
    let before = s[i - 1]
    guard before.properties.isWhitespace || furniture.leaders[before] != nil else { return false }
    return s[line.lowerBound..<i].contains { !$0.properties.isWhitespace && furniture.leaders[$0] == nil }
  }

  /// Where the page number at the end of the line starts (trailing spaces ignored).
  private func pageNumberStart(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int? {
    var end = line.upperBound
    while end > line.lowerBound, s[end - 1].properties.isWhitespace { end -= 1 }
    var i = end
    while i > line.lowerBound, HeadingGrammar.arabicDigit(s[i - 1]) != nil { i -= 1 }
    return i < end ? i : nil
  }
}
