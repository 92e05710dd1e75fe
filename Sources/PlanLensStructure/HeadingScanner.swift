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
    // A table of contents may open in the title block (title, then 目录).
    let contents = TableOfContents(furniture: grammar.furniture).lines(
      in: scalars, lines: layout.lines, range: layout.title.lowerBound..<layout.body.upperBound)
    for li in layout.body where !contents.contains(li) {
      out.append(contentsOf: lineCandidates(li, in: text, layout: layout, limit: layout.body.upperBound))
    }
    for (k, li) in layout.attachments.enumerated() {
      let line = layout.lines[li]
      let labelRange = trimmed(scalars, line)
      var title = labelRange
      var contentStart = li + 1
      if let next = nextTextLine(after: li, in: layout, text: text, limit: layout.lines.count) {
        title = trimmed(scalars, layout.lines[next])
        contentStart = next + 1
      }
      // The label is 附件 with its number, without a trailing colon.
      var labelEnd = labelRange.upperBound
      while labelEnd > labelRange.lowerBound, Punctuation.colons.contains(scalars[labelEnd - 1]) {
        labelEnd -= 1
      }
      out.append(
        HeadingCandidate(
          kind: .attachment, start: labelRange.lowerBound, label: labelRange.lowerBound..<labelEnd, title: title,
          isGlued: false, gap: 0))
      // The attachment's own headings, up to the next attachment.
      let contentEnd = k + 1 < layout.attachments.count ? layout.attachments[k + 1] : layout.lines.count
      for ci in contentStart..<max(contentStart, contentEnd) {
        out.append(contentsOf: lineCandidates(ci, in: text, layout: layout, limit: contentEnd))
      }
    }
    markText(&out, in: text, layout: layout)
    return out
  }

  /// The candidates of one line: a label, a section title, a short line heading a list, an
  /// inset box or a one-line attachment at its start, and labels glued inside it.
  private func lineCandidates(_ li: Int, in text: MappedText, layout: DocumentLayout, limit: Int)
    -> [HeadingCandidate]
  {
    let scalars = text.scalars
    let line = layout.lines[li]
    var start = line.lowerBound
    while start < line.upperBound, ScalarText.isWhitespace(scalars[start]) { start += 1 }
    guard start < line.upperBound else { return [] }
    if InsetBox(furniture: grammar.furniture).opens(scalars, from: start, lineEnd: line.upperBound) {
      let title = trimmed(scalars, start..<line.upperBound)
      return [HeadingCandidate(kind: .insetBox, start: start, label: nil, title: title, isGlued: false, gap: 0)]
    }
    if let attachment = HeadingAttachment.match(
      scalars, from: start, lineEnd: line.upperBound, words: PartitionCues.shared.attachmentWords)
    {
      return [
        HeadingCandidate(
          kind: .attachment, start: start, label: attachment.label, title: attachment.title, isGlued: false, gap: 0)
      ]
    }
    var out: [HeadingCandidate] = []
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
      let next = nextTextLine(after: li, in: layout, text: text, limit: limit),
      let nextLabel = firstLabel(scalars, layout.lines[next]), nextLabel.value == 1
    {
      out.append(
        HeadingCandidate(
          kind: .shortLine, start: start, label: nil, title: trimmed(scalars, start..<line.upperBound),
          isGlued: false, gap: 0))
    }
    out.append(contentsOf: gluedCandidates(scalars, from: scanFrom, lineEnd: line.upperBound))
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
        !ScalarText.isWhitespace($0) && $0 != Punctuation.fullStop && !Punctuation.colons.contains($0)
      }
      previousEnd = out[i].title.upperBound
    }
  }

  /// Labels inside a line after a sentence end (。；！？) or a run of two or more spaces.
  private func gluedCandidates(_ s: TextScalars, from: Int, lineEnd: Int) -> [HeadingCandidate] {
    var out: [HeadingCandidate] = []
    var i = from + 1
    while i < lineEnd {
      var gap = 0
      var j = i
      while j < lineEnd, ScalarText.isWhitespace(s[j]) {
        gap += 1
        j += 1
      }
      guard j < lineEnd, j > from else { break }
      let before = s[i - 1]
      let afterSentence = gap == 0 && (Self.sentenceEnds.contains(before) || Self.bracketCloses.contains(before))
      let afterGap = gap >= 2 && i - 1 >= from && !ScalarText.isWhitespace(s[i - 1])
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

  static let sentenceEnds = Punctuation.sentenceEnds
  /// A bracket closing a remark after a sentence, （责任单位：…）, may be followed by a glued heading.
  static let bracketCloses = Punctuation.roundClose

  /// From `start` to the first 。 or the line end, trailing spaces dropped.
  private func titleRange(_ s: TextScalars, from start: Int, lineEnd: Int) -> Range<Int> {
    var end = start
    while end < lineEnd, s[end] != Punctuation.fullStop { end += 1 }
    return trimmed(s, start..<end)
  }

  private func trimmed(_ s: TextScalars, _ r: Range<Int>) -> Range<Int> {
    ScalarText.trimmed(r, in: s)
  }

  private func isShortLine(_ s: TextScalars, _ r: Range<Int>) -> Bool {
    let t = trimmed(s, r)
    let letters = s[t].filter { !ScalarText.isWhitespace($0) }
    guard (2...Self.maxShortLine).contains(letters.count) else { return false }
    return letters.allSatisfy { $0.properties.isIdeographic || $0 == Punctuation.listSeparator }
  }

  private func nextTextLine(after li: Int, in layout: DocumentLayout, text: MappedText, limit: Int? = nil) -> Int? {
    let end = limit ?? layout.body.upperBound
    var k = li + 1
    while k < end {
      if text.scalars[layout.lines[k]].contains(where: { !ScalarText.isWhitespace($0) }) { return k }
      k += 1
    }
    return nil
  }

  private func firstLabel(_ s: TextScalars, _ line: Range<Int>) -> HeadingLabel? {
    var i = line.lowerBound
    while i < line.upperBound, ScalarText.isWhitespace(s[i]) { i += 1 }
    return grammar.label(in: s, at: i, lineEnd: line.upperBound)
  }
}
