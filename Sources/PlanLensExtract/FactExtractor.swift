import PlanLensModel
import PlanLensText

/// Extracts the facts of a plan (quantities, responsibilities, milestones) from its cleaned text,
/// outline and metadata.
public struct FactExtractor: Sendable {
  /// The facts of one document.
  public struct Facts: Sendable {
    public var quantities: [Quantity]
    public var responsibilities: [Responsibility]
    public var milestones: [Milestone]
  }

  let normalizer = UnicodeNormalizer()
  let quantities: QuantityExtractor
  let responsibilities: ResponsibilityExtractor
  let milestones: MilestoneExtractor

  /// An extractor with the rule tables shipped with PlanLens.
  public init() throws {
    let rules = try ExtractionRules.standard()
    let cues = try MetadataCues.standard()
    quantities = QuantityExtractor(rules: rules, planPeriods: cues.planPeriods)
    responsibilities = try ResponsibilityExtractor(
      labels: rules.responsibilityLabels,
      resolver: DepartmentResolver(table: rules.departments, divisions: try AdministrativeDivisions.standard()))
    milestones = try MilestoneExtractor()
  }

  /// - Parameters:
  ///   - source: the decoded source text (quotes are its slices).
  ///   - cleaned: the cleaned text with its map to the source; consumed, so that only its map
  ///     outlives the normalisation (the source and the map give the cleaned text back).
  public func extract(
    source: String, cleaned: consuming MappedText, outline: DocumentOutline, meta: DocumentMeta
  ) throws -> Facts {
    let normalized = try normalizer.nfkc(cleaned)
    let cleanedOrigin = cleaned.origin
    _ = consume cleaned
    let doc = DocumentText(
      source: source, cleanedOrigin: cleanedOrigin, normalized: normalized, outline: outline, meta: meta)
    let q = try quantities.extract(doc)
    let r = responsibilities.extract(doc)
    let m = try milestones.extract(doc)
    return Facts(quantities: q, responsibilities: r, milestones: m)
  }
}
