/// A document as ingested: its provenance and its decoded text, which all spans index.
public struct SourceDocument: Sendable {
  public var info: SourceInfo
  /// The decoded text. For docx and html this is the text drawn from the markup, one block per
  /// line; spans count Unicode scalars of this string.
  public var text: String
  /// For a paged source (PDF): the offset into `text` (in Unicode scalars, like spans) where
  /// each page starts, the first 0. nil for sources without pages (txt, docx, html).
  public var pageStarts: [Int]?

  public init(info: SourceInfo, text: String, pageStarts: [Int]? = nil) {
    self.info = info
    self.text = text
    self.pageStarts = pageStarts
  }

  /// The 1-based page on which `offset` stands, or nil when the source has no pages.
  public func page(of offset: Int) -> Int? {
    pageStarts.map { PageLookup.page(of: offset, pageStarts: $0) }
  }
}
