/// Where a document came from and how its bytes were read.
public struct SourceInfo: Codable, Hashable, Sendable {
  /// The path as given on the command line or found while walking a folder.
  public var path: String
  /// Lower-case hex SHA-256 of the file's bytes.
  public var sha256: String
  /// The charset the bytes were decoded from, e.g. "UTF-8", "GB18030", "UTF-16LE".
  public var encoding: String
  /// The container format: "txt", "docx", "html" or "pdf".
  public var format: String

  public init(path: String, sha256: String, encoding: String, format: String) {
    self.path = path
    self.sha256 = sha256
    self.encoding = encoding
    self.format = format
  }
}
