/// What changed between two versions of a plan: fact changes first, then every provision of
/// either version with what became of it, then added, removed and retitled sections.
public struct DocumentDiff: Hashable, Sendable, Encodable {
  /// The version of the JSON layout (`schemaVersion`).
  public static let currentSchemaVersion = 1

  /// `currentSchemaVersion` when made.
  public var schemaVersion: Int
  /// The version diffed from.
  public var old: DiffSide
  /// The version diffed to.
  public var new: DiffSide
  /// Counts of provisions by class, of fact changes and of section changes.
  public var summary: DiffSummary
  /// Metadata, targets, responsibilities and milestones that changed, in that order.
  public var factChanges: [FactChange]
  /// Every provision of both versions once, in the new version's order with removed provisions
  /// where they stood.
  public var provisions: [ProvisionChange]
  /// Section headings added, removed or retitled.
  public var sections: [SectionChange]

  public init(
    old: DiffSide, new: DiffSide, summary: DiffSummary, factChanges: [FactChange], provisions: [ProvisionChange],
    sections: [SectionChange]
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.old = old
    self.new = new
    self.summary = summary
    self.factChanges = factChanges
    self.provisions = provisions
    self.sections = sections
  }

  /// The provision entries that are not `unchanged`.
  public var changedProvisions: [ProvisionChange] {
    provisions.filter { $0.kind != .unchanged }
  }
}
