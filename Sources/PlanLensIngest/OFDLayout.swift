/// Rebuilds paragraphs from the lines of an OFD's pages, the way a reader sees them.
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
struct OFDLayout {
  /// A line ending within this many font sizes of the right edge filled the column: a line
  /// can stop a character or so short when the next character may not start a line (，。).
  static let fullLineSlack = 1.5
  /// A line starting more than this many font sizes right of the left edge is indented.
  static let indentThreshold = 0.5
  /// A gap of more than this many line pitches is more than line spacing: a new paragraph,
  /// shown with a blank line.
  static let paragraphGap = 1.5
  var pages: [[OFDTextLine]]
  /// Whether a line's text is a page number ("- 3 -", "第 3 页").
  var isPageNumber: (String) -> Bool = { _ in false }

  /// The document's text, one paragraph per line, and the scalar offset where each page starts.
  func paragraphs() -> PagedText {
    let lines = pages.flatMap { $0 }
    let left = lines.map(\.start).min() ?? 0
    let right = lines.map(\.end).max() ?? 0
    let pitch = Self.medianPitch(pages)
    func fills(_ line: OFDTextLine) -> Bool { line.end >= right - Self.fullLineSlack * line.size }
    func indented(_ line: OFDTextLine) -> Bool { line.start > left + Self.indentThreshold * line.size }

    var out = String.UnicodeScalarView()
    var pageStarts: [Int] = []
    var previous: OFDTextLine?
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
        let runsOn =
          previous.map(fills) == true && !indented(line) && (onNewPage || gap <= Self.paragraphGap * pitch)
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
  func furniture(of page: [OFDTextLine]) -> (header: [OFDTextLine], body: [OFDTextLine], footer: [OFDTextLine]) {
    var body = page[...]
    var header: [OFDTextLine] = []
    var footer: [OFDTextLine] = []
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

  /// The median distance between consecutive baselines on a page, over the document.
  static func medianPitch(_ pages: [[OFDTextLine]]) -> Double {
    var gaps: [Double] = []
    for page in pages {
      for (upper, lower) in zip(page, page.dropFirst()) where lower.baseline > upper.baseline {
        gaps.append(lower.baseline - upper.baseline)
      }
    }
    gaps.sort()
    return gaps.isEmpty ? 0 : gaps[gaps.count / 2]
  }

  /// Whether two halves of a wrapped paragraph need a space between them: a Latin word broken
  /// at the line end. Chinese text wraps between characters with nothing in between.
  static func joinsWithSpace(_ upper: String, _ lower: String) -> Bool {
    guard let last = upper.unicodeScalars.last, let first = lower.unicodeScalars.first else { return false }
    return last.isASCII && first.isASCII && last.properties.isAlphabetic && first.properties.isAlphabetic
  }
}
