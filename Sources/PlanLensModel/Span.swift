/// A half-open range of Unicode-scalar offsets into a document's decoded source text.
///
/// Every offset PlanLens reports counts `String.unicodeScalars` of the text exactly as decoded,
/// before any cleaning or normalisation, so `source[start..<end]` is what a researcher cites.
public struct Span: Codable, Hashable, Sendable {
  public var start: Int
  public var end: Int
  /// For a paged source (PDF): the 1-based page on which the span starts. nil, and left out of
  /// the JSON, for sources without pages; set once extraction is done
  /// (``ExtractedDocument/assignPages(_:)``).
  public var page: Int?

  public init(start: Int, end: Int, page: Int? = nil) {
    self.start = start
    self.end = end
    self.page = page
  }

  public init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, end: range.upperBound)
  }

  /// The same offsets as a Swift range.
  public var range: Range<Int> { start..<end }
  public var length: Int { end - start }
}
