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
  }
}
