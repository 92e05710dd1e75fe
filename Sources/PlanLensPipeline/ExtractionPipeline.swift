import PlanLensExtract
import PlanLensModel
import PlanLensStructure
import PlanLensText

/// Runs the stages in order on one ingested document: clean → structure → extract.
///
/// Build one and reuse it: it holds the parsed rule tables.
public struct ExtractionPipeline: Sendable {
  let cleaner: TextCleaner
  let parser: OutlineParser
  let metadata: MetadataExtractor
  let facts: FactExtractor

  /// A pipeline with the rule tables shipped with PlanLens.
  public init() throws {
    cleaner = try TextCleaner.standard()
    parser = try OutlineParser()
    metadata = try MetadataExtractor()
    facts = try FactExtractor()
  }

  /// Everything PlanLens extracts from `source`.
  public func extract(_ source: SourceDocument) throws -> ExtractedDocument {
    var clock = StageClock()
    return try extract(source, clock: &clock)
  }

  /// The same, adding the time each stage took to `clock`.
  public func extract(_ source: SourceDocument, clock: inout StageClock) throws -> ExtractedDocument {
    let cleaned = clock.measure("clean") { cleaner.clean(MappedText(source: source.text)) }
    let outline = clock.measure("structure") { parser.parse(cleaned) }
    let meta = try clock.measure("metadata") {
      try metadata.extract(from: cleaned, outline: outline, source: source.text)
    }
    // Not in a closure: the cleaned text is handed over, and freed once normalised.
    let factsStarted = ContinuousClock.now
    let found = try facts.extract(source: source.text, cleaned: consume cleaned, outline: outline, meta: meta)
    clock.add("facts", ContinuousClock.now - factsStarted)
    var document = ExtractedDocument(
      source: source.info, meta: meta, outline: outline, quantities: found.quantities,
      responsibilities: found.responsibilities, milestones: found.milestones)
    if let pageStarts = source.pageStarts { document.assignPages(pageStarts) }
    return document
  }
}
