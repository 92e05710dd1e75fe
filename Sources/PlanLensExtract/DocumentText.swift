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

  /// Where one region lies and what owns it, as indexes into the outline: a long document has
  /// hundreds of thousands of regions, and copies of their headings would cost more than the text.
  struct RegionEntry: Sendable {
    /// Index in `outline.headings`, or -1 for the text before the first heading.
    var heading: Int32
    /// Index in `outline.provisions`, or -1.
    var provision: Int32
    var range: Range<Int>
  }

  let source: ScalarSlicer
  /// Where each scalar of the cleaned text (as printed, artefacts removed) stands in the source.
  /// Cleaning only drops scalars, so this map and the source give back the cleaned text, and
  /// the cleaned scalars themselves need not be kept (a copy of the document fewer).
  let cleanedOrigin: OriginMap
  let normalized: MappedText
  let outline: DocumentOutline
  let meta: DocumentMeta
  private let entries: [RegionEntry]
  /// Index of each heading's parent in `outline.headings`, or -1.
  private let parents: [Int32]

  init(source: String, cleanedOrigin: OriginMap, normalized: MappedText, outline: DocumentOutline, meta: DocumentMeta) {
    self.source = ScalarSlicer(source)
    self.cleanedOrigin = cleanedOrigin
    self.normalized = normalized
    self.outline = outline
    self.meta = meta
    // The body starts after the cover notice and the title block.
    let bodyStart = normalized.index(atSource: (outline.titleBlock ?? outline.notice).map(\.end) ?? 0)
    let bodyEnd = normalized.count
    var provisionOf: [String: Int32] = [:]
    for (i, p) in outline.provisions.enumerated() where provisionOf[p.heading] == nil {
      provisionOf[p.heading] = Int32(i)
    }
    var byID: [String: Int32] = [:]
    for (i, h) in outline.headings.enumerated() { byID[h.id] = Int32(i) }
    parents = outline.headings.map { h in h.parent.flatMap { byID[$0] } ?? -1 }
    var entries: [RegionEntry] = []
    entries.reserveCapacity(outline.headings.count + 1)
    let starts = outline.headings.map { normalized.index(atSource: $0.span.start) }
    let firstStart = starts.first ?? bodyEnd
    if bodyStart < firstStart {
      entries.append(RegionEntry(heading: -1, provision: -1, range: bodyStart..<firstStart))
    }
    for (i, h) in outline.headings.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1] : bodyEnd
      entries.append(
        RegionEntry(
          heading: Int32(i), provision: provisionOf[h.id] ?? -1, range: starts[i]..<max(starts[i], end)))
    }
    self.entries = entries
  }

  /// The regions in text order.
  var regions: LazyMapSequence<LazySequence<[RegionEntry]>.Elements, Region> {
    entries.lazy.map { self.region($0) }
  }

  /// The region holding index `index` of the normalised text: the last one starting at or
  /// before it (regions are in text order), found by binary search.
  func region(at index: Int) -> Region? {
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid].range.lowerBound <= index { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? region(entries[lo - 1]) : nil
  }

  private func region(_ entry: RegionEntry) -> Region {
    guard entry.heading >= 0 else { return Region(heading: nil, provision: nil, titles: [], range: entry.range) }
    var titles: [String] = []
    var k = Int(entry.heading)
    while k >= 0 {
      titles.append(outline.headings[k].title)
      k = Int(parents[k])
    }
    return Region(
      heading: outline.headings[Int(entry.heading)],
      provision: entry.provision >= 0 ? outline.provisions[Int(entry.provision)] : nil, titles: titles,
      range: entry.range)
  }

  /// The source slice and span of a range of the normalised text.
  func quote(_ range: Range<Int>) -> (String, Span) {
    let r = normalized.sourceRange(range)
    return (source.slice(r), Span(r))
  }

  /// A range of the normalised text as printed (full-width forms kept, artefacts removed).
  func printed(_ range: Range<Int>) -> String {
    let r = normalized.sourceRange(range)
    let first = cleanedOrigin.firstIndex(atOrAfterSource: r.lowerBound)
    let kept = first..<cleanedOrigin.firstIndex(atOrAfterSource: r.upperBound)
    return cleanedOrigin.sourceStretches(kept).reduce(into: "") { $0 += source.slice($1) }
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
