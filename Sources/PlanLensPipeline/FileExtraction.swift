import PlanLensModel

/// One file of a batch, read and extracted, or the error that stopped it.
public struct FileExtraction: Sendable {
  /// The file, as given.
  public let path: String
  /// The read source and its extraction, or why the file could not be read or extracted.
  public let result: Result<ExtractedSource, any Error>

  public init(path: String, result: Result<ExtractedSource, any Error>) {
    self.path = path
    self.result = result
  }
}

/// A source document with everything extracted from it.
public struct ExtractedSource: Sendable {
  /// The decoded file (its text is what the extraction's spans index).
  public let source: SourceDocument
  /// The extraction.
  public let document: ExtractedDocument

  public init(source: SourceDocument, document: ExtractedDocument) {
    self.source = source
    self.document = document
  }
}
