/// Everything PlanLens extracts from one document: the export contract of
/// `planlens extract --format json` (see docs/json-export.md).
public struct ExtractedDocument: Codable, Sendable {
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var source: SourceInfo
  public var meta: DocumentMeta
  public var headings: [Heading]
  public var provisions: [Provision]
  public var quantities: [Quantity]
  public var responsibilities: [Responsibility]
  public var milestones: [Milestone]
  /// Where the cover notice stands in the source, when the plan came with one.
  public var notice: Span?
  /// For a paged source (PDF): the source offset where each page starts, in the unit of spans
  /// (Unicode scalars), the first 0. nil, and left out of the JSON, for sources without pages.
  public var pages: [Int]?

  public init(
    source: SourceInfo, meta: DocumentMeta, outline: DocumentOutline, quantities: [Quantity] = [],
    responsibilities: [Responsibility] = [], milestones: [Milestone] = []
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.source = source
    self.meta = meta
    self.headings = outline.headings
    self.provisions = outline.provisions
    self.quantities = quantities
    self.responsibilities = responsibilities
    self.milestones = milestones
    self.notice = outline.notice
  }

  /// Records the page map of a paged source: `pages` becomes `pageStarts`, and every span
  /// (headings, provisions, facts, the notice) gets the page on which it starts.
  public mutating func assignPages(_ pageStarts: [Int]) {
    pages = pageStarts
    func paged(_ span: Span) -> Span {
      var span = span
      span.page = PageLookup.page(of: span.start, pageStarts: pageStarts)
      return span
    }
    for i in headings.indices { headings[i].span = paged(headings[i].span) }
    for i in provisions.indices { provisions[i].span = paged(provisions[i].span) }
    for i in quantities.indices { quantities[i].span = paged(quantities[i].span) }
    for i in responsibilities.indices { responsibilities[i].span = paged(responsibilities[i].span) }
    for i in milestones.indices { milestones[i].span = paged(milestones[i].span) }
    notice = notice.map(paged)
  }

  /// The 1-based page on which the source offset `offset` stands (a span's `start`), or nil
  /// when the source has no pages.
  public func page(of offset: Int) -> Int? {
    pages.map { PageLookup.page(of: offset, pageStarts: $0) }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(source, forKey: .source)
    try c.encode(meta, forKey: .meta)
    try c.encode(headings, forKey: .headings)
    try c.encode(provisions, forKey: .provisions)
    try c.encode(quantities, forKey: .quantities)
    try c.encode(responsibilities, forKey: .responsibilities)
    try c.encode(milestones, forKey: .milestones)
    try c.encode(notice, forKey: .notice)
    // Only paged sources have the key, so the export of a txt, docx or html file is unchanged.
    try c.encodeIfPresent(pages, forKey: .pages)
  }
}
