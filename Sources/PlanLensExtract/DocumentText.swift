import PlanLensModel
import PlanLensText

/// What the fact extractors read: the source (for quotes), its cleaned NFKC text with the map
/// back to the source, the outline, and the metadata (for the plan's years).
final class DocumentText: Sendable {
  /// A stretch of text owned by one heading: from the heading to its first child or the next
  /// heading. The text before the first heading belongs to no heading.
  struct Region: Sendable {
    var heading: Heading?
    var provision: Provision?
    /// Titles of the heading and its ancestors, nearest first.
    var titles: [String]
    /// Range in `normalized`.
    var range: Range<Int>
  }

  let source: ScalarSlicer
  /// The cleaned text (as printed, artefacts removed), for names and indicators.
  let cleaned: MappedText
  let normalized: MappedText
  let outline: DocumentOutline
  let meta: DocumentMeta
  let regions: [Region]

  init(source: String, cleaned: MappedText, normalized: MappedText, outline: DocumentOutline, meta: DocumentMeta) {
    self.source = ScalarSlicer(source)
    self.cleaned = cleaned
    self.normalized = normalized
    self.outline = outline
    self.meta = meta
    // The body starts after the cover notice and the title block.
    let bodyStart = normalized.index(atSource: (outline.titleBlock ?? outline.notice).map(\.end) ?? 0)
    let bodyEnd = normalized.count
    let provisionOf = Dictionary(outline.provisions.map { ($0.heading, $0) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(uniqueKeysWithValues: outline.headings.map { ($0.id, $0) })
    var regions: [Region] = []
    let starts = outline.headings.map { normalized.index(atSource: $0.span.start) }
    let firstStart = starts.first ?? bodyEnd
    if bodyStart < firstStart {
      regions.append(Region(heading: nil, provision: nil, titles: [], range: bodyStart..<firstStart))
    }
    for (i, h) in outline.headings.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1] : bodyEnd
      var titles: [String] = []
      var current: Heading? = h
      while let c = current {
        titles.append(c.title)
        current = c.parent.flatMap { byID[$0] }
      }
      regions.append(
        Region(heading: h, provision: provisionOf[h.id], titles: titles, range: starts[i]..<max(starts[i], end)))
    }
    self.regions = regions
  }

  /// The source slice and span of a range of the normalised text.
  func quote(_ range: Range<Int>) -> (String, Span) {
    let r = normalized.sourceRange(range)
    return (source.slice(r), Span(r))
  }

  /// A range of the normalised text as printed (full-width forms kept, artefacts removed).
  func printed(_ range: Range<Int>) -> String {
    cleaned.slice(cleaned.range(ofSource: normalized.sourceRange(range)))
  }

  /// The year the document speaks from, for telling past years from deadlines: its issue year,
  /// else the first year of its period.
  var currentYear: Int? {
    meta.issueDate.flatMap { Int($0.prefix(4)) } ?? meta.period.start
  }

  /// The year that 年底前 / 年内 without a year mean: the issue year, else the year of a one-year
  /// plan.
  var yearOfDocument: Int? {
    if let issued = meta.issueDate.flatMap({ Int($0.prefix(4)) }) { return issued }
    if let start = meta.period.start, start == meta.period.end { return start }
    return nil
  }

  /// The year a month-day without a year belongs to: the issue year, else the plan's first year.
  var documentYear: Int? {
    meta.issueDate.flatMap { Int($0.prefix(4)) } ?? meta.period.start ?? meta.period.end
  }
}
