import PlanLensModel
import PlanLensText

/// Parses a cleaned document into its outline: cover notice, headings with levels and parents,
/// and provisions (the leaves that carry content).
///
/// ```swift
/// let outline = try OutlineParser().parse(cleanedText)
/// outline.headings.first?.title  // "总体要求"
/// ```
public struct OutlineParser: Sendable {
  public let grammar: HeadingGrammar

  public init(grammar: HeadingGrammar) {
    self.grammar = grammar
  }

  /// A parser with the grammar shipped with PlanLens.
  public init() throws {
    self.init(grammar: try HeadingGrammar.standard())
  }

  /// The outline of `text`. Spans are source offsets (through `text`'s origin map); titles and
  /// provision texts are drawn from the cleaned text.
  public func parse(_ text: MappedText) -> DocumentOutline {
    let layout = DocumentPartitioner(grammar: grammar).layout(of: text)
    let candidates = HeadingScanner(grammar: grammar).candidates(in: text, layout: layout)
    let placed = OutlineBuilder().build(candidates)

    var headings: [Heading] = []
    for (i, p) in placed.enumerated() {
      let c = p.candidate
      let labelText = c.label.map { text.slice($0) } ?? ""
      // From the label to the end of the title (an attachment's title stands on a later line).
      let headingRange = c.start..<max(c.title.upperBound, c.label?.upperBound ?? c.start)
      headings.append(
        Heading(
          id: "h\(i + 1)", level: p.level, label: labelText, title: text.slice(c.title),
          parent: p.parent.map { "h\($0 + 1)" }, span: Span(text.sourceRange(headingRange))))
    }

    // A heading is a provision when no heading has it as parent; its text runs to the next heading.
    let parents = Set(placed.compactMap(\.parent))
    let bodyEnd = layout.body.isEmpty ? text.count : layout.lines[layout.body.upperBound - 1].upperBound
    var provisions: [Provision] = []
    for (i, p) in placed.enumerated() where !parents.contains(i) {
      let start = p.candidate.start
      var end: Int
      if i + 1 < placed.count {
        end = placed[i + 1].candidate.start
      } else {
        end = text.count
      }
      // The body's last provision stops at the body's end; attachments and their parts run on.
      if case .attachment = p.candidate.kind {} else if start < bodyEnd, end > bodyEnd { end = bodyEnd }
      let range = trimmedRange(text, start..<end)
      provisions.append(
        Provision(
          id: "p\(provisions.count + 1)", heading: headings[i].id, label: headings[i].label,
          title: headings[i].title, text: text.slice(range), span: Span(text.sourceRange(range))))
    }

    let lineSpan = { (r: Range<Int>) -> Span? in
      guard !r.isEmpty else { return nil }
      return Span(text.sourceRange(layout.lines[r.lowerBound].lowerBound..<layout.lines[r.upperBound - 1].upperBound))
    }
    return DocumentOutline(
      notice: layout.notice.flatMap(lineSpan), titleBlock: lineSpan(layout.title),
      body: lineSpan(layout.title.lowerBound..<layout.body.upperBound), headings: headings,
      provisions: provisions)
  }

  private func trimmedRange(_ text: MappedText, _ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, ScalarText.isWhitespace(text.scalars[lo]) { lo += 1 }
    while hi > lo, ScalarText.isWhitespace(text.scalars[hi - 1]) { hi -= 1 }
    return lo..<hi
  }
}
