import PlanLensModel

/// One side of a diff: an extracted document and, when known, the source text its spans index.
public struct DiffInput: Sendable {
  /// The extraction of the version (`ExtractionPipeline.extract`, or loaded from the store).
  public var document: ExtractedDocument
  /// The decoded source text; the HTML redline shows it with every span linked. Nil when the
  /// document came from somewhere that did not keep its text.
  public var sourceText: String?

  public init(document: ExtractedDocument, sourceText: String? = nil) {
    self.document = document
    self.sourceText = sourceText
  }
}
