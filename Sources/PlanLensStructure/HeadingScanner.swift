import PlanLensText

/// Finds the places in a document's body that may begin a heading: labels at line starts,
/// labels glued mid-line after a sentence end or a run of spaces, unnumbered section titles,
/// short lines heading a numbered list, and attachments.
struct HeadingScanner: Sendable {
  let grammar: HeadingGrammar
  /// A glued heading's title (up to 。 or line end) is at most this long.
  static let maxGluedTitle = 50
  /// A short unnumbered line heading a list has at most this many characters.
  static let maxShortLine = 16

  func candidates(in text: MappedText, layout: DocumentLayout) -> [HeadingCandidate] {
    let scalars = text.scalars
    var out: [HeadingCandidate] = []
    let body = layout.body
    for li in body {
      let line = layout.lines[li]
      var start = line.lowerBound
      while start < line.upperBound, scalars[start].properties.isWhitespace { start += 1 }
      guard start < line.upperBound else { continue }
      var scanFrom = start
      if let label = grammar.label(in: scalars, at: start, lineEnd: line.upperBound) {
        out.append(
          HeadingCandidate(
            kind: .numbered(label), start: start, label: label.range,
            title: titleRange(scalars, from: label.titleStart, lineEnd: line.upperBound), isGlued: false, gap: 0))
        scanFrom = label.titleStart
      } else if let section = grammar.sectionTitle(in: scalars, line: line) {
        out.append(
          HeadingCandidate(
            kind: .section(runIn: section.runIn), start: section.title.lowerBound, label: nil,
            title: section.title, isGlued: false, gap: 0))
      } else if isShortLine(scalars, start..<line.upperBound),
        let next = nextTextLine(after: li, in: layout, text: text),
        let nextLabel = firstLabel(scalars, layout.lines[next]), nextLabel.value == 1
      {
        out.append(
          HeadingCandidate(
            kind: .shortLine, start: start, label: nil, title: trimmed(scalars, start..<line.upperBound),
            isGlued: false, gap: 0))
      }
      out.append(contentsOf: gluedCandidates(scalars, from: scanFrom, lineEnd: line.upperBound))
    }
    markText(&out, in: text, layout: layout)
    for li in layout.attachments {
      let line = layout.lines[li]
      let labelRange = trimmed(scalars, line)
      var title = labelRange
      if let next = nextTextLine(after: li, in: layout, text: text, limit: layout.lines.count) {
        title = trimmed(scalars, layout.lines[next])
      }
      // The label is 附件 with its number, without a trailing colon.
      var labelEnd = labelRange.upperBound
      while labelEnd > labelRange.lowerBound, scalars[labelEnd - 1] == "：" || scalars[labelEnd - 1] == ":" {
        labelEnd -= 1
      }
      out.append(
        HeadingCandidate(
          kind: .attachment, start: labelRange.lowerBound, label: labelRange.lowerBound..<labelEnd, title: title,
          isGlued: false, gap: 0))
    }
    return out
  }

  /// Marks candidates that have body text between them and the previous candidate: text after a
  /// run-in title, or a line that holds no candidate.
  private func markText(_ out: inout [HeadingCandidate], in text: MappedText, layout: DocumentLayout) {
    out.sort { $0.start < $1.start }
    var previousEnd = layout.body.isEmpty ? 0 : layout.lines[layout.body.lowerBound].lowerBound
    for i in out.indices {
      let between = previousEnd..<max(previousEnd, out[i].start)
      out[i].followsText = text.scalars[between].contains {
        !$0.properties.isWhitespace && !"。：:".unicodeScalars.contains($0)
      }
      previousEnd = out[i].title.upperBound
    }
  }

  /// Labels inside a line after a sentence end (。；！？) or a run of two or more spaces.
  private func gluedCandidates(_ s: [Unicode.Scalar], from: Int, lineEnd: Int) -> [HeadingCandidate] {
    var out: [HeadingCandidate] = []
    var i = from + 1
    while i < lineEnd {
      var gap = 0
      var j = i
      while j < lineEnd, s[j].properties.isWhitespace {
        gap += 1
        j += 1
      }
      guard j < lineEnd, j > from else { break }
      let before = s[i - 1]
      let afterSentence = gap == 0 && Self.sentenceEnds.contains(before)
      let afterGap = gap >= 2 && i - 1 >= from && !s[i - 1].properties.isWhitespace
      if afterSentence || afterGap || (gap > 0 && Self.sentenceEnds.contains(before)),
        let label = grammar.label(in: s, at: j, lineEnd: lineEnd)
      {
        let title = titleRange(s, from: label.titleStart, lineEnd: lineEnd)
        if title.count <= Self.maxGluedTitle, !title.isEmpty {
          out.append(
            HeadingCandidate(
              kind: .numbered(label), start: j, label: label.range, title: title, isGlued: true, gap: gap))
          i = label.titleStart + 1
          continue
        }
      }
      i = max(j, i + 1)
    }
    return out
  }

  static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？", "!", "?"]

  /// From `start` to the first 。 or the line end, trailing spaces dropped.
  private func titleRange(_ s: [Unicode.Scalar], from start: Int, lineEnd: Int) -> Range<Int> {
    var end = start
    while end < lineEnd, s[end] != "。" { end += 1 }
    return trimmed(s, start..<end)
  }

  private func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, s[lo].properties.isWhitespace { lo += 1 }
    while hi > lo, s[hi - 1].properties.isWhitespace { hi -= 1 }
    return lo..<hi
  }

  private func isShortLine(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let t = trimmed(s, r)
    let letters = s[t].filter { !$0.properties.isWhitespace }
    guard (2...Self.maxShortLine).contains(letters.count) else { return false }
    return letters.allSatisfy { $0.properties.isIdeographic || $0 == "、" }
  }

  private func nextTextLine(after li: Int, in layout: DocumentLayout, text: MappedText, limit: Int? = nil) -> Int? {
    let end = limit ?? layout.body.upperBound
    var k = li + 1
    while k < end {
      if text.scalars[layout.lines[k]].contains(where: { !$0.properties.isWhitespace }) { return k }
      k += 1
    }
    return nil
  }

  private func firstLabel(_ s: [Unicode.Scalar], _ line: Range<Int>) -> HeadingLabel? {
    var i = line.lowerBound
    while i < line.upperBound, s[i].properties.isWhitespace { i += 1 }
    return grammar.label(in: s, at: i, lineEnd: line.upperBound)
  }
}
