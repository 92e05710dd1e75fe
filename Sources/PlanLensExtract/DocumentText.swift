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
    // Indexes into the outline, not copies of its headings and provisions: a long document
    // has hundreds of thousands.
    var provisionOf: [String: Int] = [:]
    for (i, p) in outline.provisions.enumerated() where provisionOf[p.heading] == nil { provisionOf[p.heading] = i }
    var byID: [String: Int] = [:]
    for (i, h) in outline.headings.enumerated() { byID[h.id] = i }
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
        current = c.parent.flatMap { byID[$0] }.map { outline.headings[$0] }
      }
      regions.append(
        Region(
          heading: h, provision: provisionOf[h.id].map { outline.provisions[$0] }, titles: titles,
          range: starts[i]..<max(starts[i], end)))
    }
    self.regions = regions
  }

  /// The region holding index `index` of the normalised text: the last one starting at or
  /// before it (regions are in text order), found by binary search.
  func region(at index: Int) -> Region? {
    var lo = 0
    var hi = regions.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if regions[mid].range.lowerBound <= index { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? regions[lo - 1] : nil
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
