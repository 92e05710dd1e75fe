/// A document as ingested: its provenance and its decoded text, which all spans index.
public struct SourceDocument: Sendable {
  public var info: SourceInfo
  /// The decoded text. For docx and html this is the text drawn from the markup, one block per
  /// line; spans count Unicode scalars of this string.
  public var text: String

  public init(info: SourceInfo, text: String) {
    self.info = info
    self.text = text
  }
}
