/// Where a document came from and how its bytes were read.
public struct SourceInfo: Codable, Hashable, Sendable {
  /// The path as given on the command line or found while walking a folder.
  public var path: String
  /// Lower-case hex SHA-256 of the file's bytes.
  public var sha256: String
  /// The charset the bytes were decoded from, e.g. "UTF-8", "GB18030", "UTF-16LE".
  public var encoding: String
  /// The container format: "txt", "docx", "doc", "wps", "odt", "html", "pdf" or "ofd".
  public var format: String
  /// How the text was recognised when the pages were images ("tesseract chi_sim, 300 dpi"):
  /// the text is OCR's reading, not the document's own; nil for a text layer.
  public var ocr: String?

  public init(path: String, sha256: String, encoding: String, format: String, ocr: String? = nil) {
    self.path = path
    self.sha256 = sha256
    self.encoding = encoding
    self.format = format
    self.ocr = ocr
  }

  private enum CodingKeys: String, CodingKey {
    case path, sha256, encoding, format, ocr
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    path = try c.decode(String.self, forKey: .path)
    sha256 = try c.decode(String.self, forKey: .sha256)
    encoding = try c.decode(String.self, forKey: .encoding)
    format = try c.decode(String.self, forKey: .format)
    ocr = try c.decodeIfPresent(String.self, forKey: .ocr)
  }

  /// Every key written, `ocr` as null when the text is the document's own (the export's rule:
  /// absent values are null, not omitted).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path, forKey: .path)
    try c.encode(sha256, forKey: .sha256)
    try c.encode(encoding, forKey: .encoding)
    try c.encode(format, forKey: .format)
    try c.encode(ocr, forKey: .ocr)
  }
}
