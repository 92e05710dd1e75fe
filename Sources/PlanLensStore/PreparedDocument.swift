import PlanLensModel

/// An extracted document ready to be stored: the extraction, the decoded source text its spans
/// index, and each provision's text cut into search words.
///
/// Preparing does the CPU work (ICU segmentation) outside the write transaction, so
/// transactions stay short when several writers share the database.
public struct PreparedDocument: Sendable {
  /// The extraction, as `ExtractionPipeline` made it.
  public let document: ExtractedDocument
  /// The decoded source text (`SourceDocument.text`).
  public let text: String
  /// `SearchSegmenter.segmentedText` of each provision's text, in provision order.
  public let segmentedProvisions: [String]

  /// Segments the provisions of `document`, whose spans index `text`.
  public init(document: ExtractedDocument, text: String, segmenter: SearchSegmenter = SearchSegmenter()) throws {
    self.document = document
    self.text = text
    self.segmentedProvisions = try document.provisions.map { try segmenter.segmentedText($0.text) }
  }
}
