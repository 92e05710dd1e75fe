import PlanLensText

/// A line of a fixed-layout page (an OFD, a PDF) with where it stands: what
/// ``ParagraphLayout`` needs to rebuild paragraphs.
protocol PositionedLine {
  /// The line's text, without leading or trailing spaces.
  var text: String { get }
  /// Where its first visible character starts and its last ends, across the page.
  var start: Double { get }
  var end: Double { get }
  /// Its baseline, down the page.
  var baseline: Double { get }
  /// Its largest font size.
  var size: Double { get }
  /// The width of what cannot be split from the line's start: a word of digits or Latin
  /// letters (1000, EFLOPS), or a Chinese character with an opening bracket before it.
  var leadWidth: Double { get }
}

extension PositionedLine {
  /// One character of the font, when a reader knows no better.
  var leadWidth: Double { size }
}

/// Rebuilds paragraphs from the lines of a fixed-layout document's pages (an OFD, a PDF), the
/// way a reader sees them.
///
/// The text column's left and right edges are the leftmost line start and the rightmost line
/// end of the document; the line pitch is the median distance between consecutive baselines.
/// A line goes on the same paragraph as the one before when that one reaches the right edge
/// (it wrapped), this one is not indented (a first-line indent opens a paragraph) and the gap
/// between them is no wider than ordinary line spacing. A wider gap is shown as a blank line.
///
/// A paragraph runs on across a page break the same way. A page number at the top or the foot
/// of a page (the first or last line, matching one of the cleaning table's page-number rules)
/// is kept, but after the paragraph it interrupts, so it never splits a sentence. Each
/// page's start offset is where its first body line's text begins (mid-paragraph when the
/// paragraph runs on), so spans on it know their page.
struct ParagraphLayout {
  /// A line ending within this many font sizes of the right edge filled the column: a line
  /// can stop a character or so short when the next character may not start a line (，。).
  static let fullLineSlack = 1.5
  /// The width of a space, in font sizes: a line may break at one (示范基地 |（园区）).
  static let spaceWidth = 0.5
  /// The share of lines that end at or before the right edge: a few lines reach past the
  /// column (punctuation hung in the margin, a long Latin word), so the edge is where most end.
  static let rightEdgeShare = 0.9
  /// A line starting more than this many font sizes right of the left edge is indented.
  static let indentThreshold = 0.5
  /// A gap of more than this many line pitches is more than line spacing: a new paragraph,
  /// shown with a blank line.
  static let paragraphGap = 1.5
  var pages: [[any PositionedLine]]
  /// Whether a line's text is a page number ("- 3 -", "第 3 页").
  var isPageNumber: (String) -> Bool = { _ in false }

  /// The document's text, one paragraph per line, and the scalar offset where each page starts.
  func paragraphs() -> PagedText {
    let lines = pages.flatMap { $0 }
    let left = lines.map(\.start).min() ?? 0
    let right = Self.rightEdge(lines)
    let pitch = Self.medianPitch(pages)
    /// Whether `line` wrapped before `next`: it reaches the right edge, or it ends open and the
    /// start of `next` (with a space) could not have fitted after it.
    func wraps(_ line: any PositionedLine, before next: any PositionedLine) -> Bool {
      if Self.endsWithPageReference(line.text) { return false }
      if line.end >= right - Self.fullLineSlack * line.size { return true }
      return !Self.endsClosed(line.text) && line.end + next.leadWidth + Self.spaceWidth * line.size > right
    }
    func indented(_ line: any PositionedLine) -> Bool { line.start > left + Self.indentThreshold * line.size }

    var out = String.UnicodeScalarView()
    var pageStarts: [Int] = []
    var previous: (any PositionedLine)?
    var deferred: [String] = []
    func closeParagraph() {
      if previous != nil { out.append("\n") }
      for line in deferred { out.append(contentsOf: (line + "\n").unicodeScalars) }
      deferred.removeAll()
    }
    for page in pages {
      let (header, body, footer) = furniture(of: page)
      for (index, line) in body.enumerated() {
        let gap = previous.map { line.baseline - $0.baseline } ?? 0
        let onNewPage = index == 0
        let wrapped = previous.map { wraps($0, before: line) } == true
        let runsOn = wrapped && !indented(line) && (onNewPage || gap <= Self.paragraphGap * pitch)
        if runsOn, let previous {
          if onNewPage {
            pageStarts.append(out.count)
            deferred += header.map(\.text)
          }
          if Self.joinsWithSpace(previous.text, line.text) { out.append(" ") }
        } else {
          closeParagraph()
          if !onNewPage, previous != nil, gap > Self.paragraphGap * pitch { out.append("\n") }
          if onNewPage {
            pageStarts.append(out.count)
            for line in header { out.append(contentsOf: (line.text + "\n").unicodeScalars) }
          }
        }
        out.append(contentsOf: line.text.unicodeScalars)
        previous = line
      }
      if body.isEmpty {
        closeParagraph()
        previous = nil
        pageStarts.append(out.count)
        for line in header { out.append(contentsOf: (line.text + "\n").unicodeScalars) }
      }
      deferred += footer.map(\.text)
    }
    closeParagraph()
    return PagedText(text: String(out), pageStarts: pageStarts)
  }

  /// A page's lines split into a page number at the top, the body and one at the foot.
  func furniture(of page: [any PositionedLine]) -> (
    header: [any PositionedLine], body: [any PositionedLine], footer: [any PositionedLine]
  ) {
    var body = page[...]
    var header: [any PositionedLine] = []
    var footer: [any PositionedLine] = []
    if let first = body.first, isPageNumber(first.text) {
      header = [first]
      body = body.dropFirst()
    }
    if let last = body.last, isPageNumber(last.text) {
      footer = [last]
      body = body.dropLast()
    }
    return (header, Array(body), footer)
  }

  /// Where the column's lines end on the right: the end that ``rightEdgeShare`` of the lines
  /// reach at most.
  static func rightEdge(_ lines: [any PositionedLine]) -> Double {
    let ends = lines.map(\.end).sorted()
    guard !ends.isEmpty else { return 0 }
    return ends[min(ends.count - 1, Int(Double(ends.count) * rightEdgeShare))]
  }

  /// The median distance between consecutive baselines on a page, over the document.
  static func medianPitch(_ pages: [[any PositionedLine]]) -> Double {
    var gaps: [Double] = []
    for page in pages {
      for (upper, lower) in zip(page, page.dropFirst()) where lower.baseline > upper.baseline {
        gaps.append(lower.baseline - upper.baseline)
      }
    }
    gaps.sort()
    return gaps.isEmpty ? 0 : gaps[gaps.count / 2]
  }

  /// What closes a paragraph's last line: sentence ends, colons and closing brackets.
  static let closers = Punctuation.sentenceEnds.union(Punctuation.colons).union(Punctuation.roundClose)

  /// Whether a line ends with closing punctuation.
  static func endsClosed(_ text: String) -> Bool {
    text.unicodeScalars.last.map(closers.contains) ?? false
  }

  /// Whether a line ends like a table-of-contents entry, with leaders and a page number
  /// (发展路径和目标……4): such a line never runs on into the next entry.
  static func endsWithPageReference(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var i = scalars.count
    while i > 0, ScalarText.arabicDigit(scalars[i - 1]) != nil { i -= 1 }
    guard i < scalars.count else { return false }
    while i > 0, scalars[i - 1] == " " { i -= 1 }
    var leaders = 0
    while i > 0, Punctuation.leaders.contains(scalars[i - 1]) {
      leaders += 1
      i -= 1
    }
    return leaders >= Punctuation.leaderRun
  }

  /// Whether two halves of a wrapped paragraph need a space between them: a Latin word broken
  /// at the line end. Chinese text wraps between characters with nothing in between.
  static func joinsWithSpace(_ upper: String, _ lower: String) -> Bool {
    guard let last = upper.unicodeScalars.last, let first = lower.unicodeScalars.first else { return false }
    return last.isASCII && first.isASCII && last.properties.isAlphabetic && first.properties.isAlphabetic
  }
}
