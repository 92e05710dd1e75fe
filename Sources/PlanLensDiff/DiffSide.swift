import PlanLensModel

/// Which document one side of a diff is: where it came from and what it calls itself.
public struct DiffSide: Hashable, Sendable, Encodable {
  /// The path the document was read from (or stored under).
  public var path: String
  /// Lower-case hex SHA-256 of the file, as in the export.
  public var sha256: String
  /// The plan's title without draft marker.
  public var title: String?
  /// Draft or final.
  public var status: DocumentStatus
  /// The decoded source text, when known. Not part of the JSON.
  public var sourceText: String?

  public init(path: String, sha256: String, title: String?, status: DocumentStatus, sourceText: String?) {
    self.path = path
    self.sha256 = sha256
    self.title = title
    self.status = status
    self.sourceText = sourceText
  }

  init(_ input: DiffInput) {
    self.init(
      path: input.document.source.path, sha256: input.document.source.sha256, title: input.document.meta.title,
      status: input.document.meta.status, sourceText: input.sourceText)
  }

  private enum CodingKeys: String, CodingKey {
    case path, sha256, title, status
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path, forKey: .path)
    try c.encode(sha256, forKey: .sha256)
    try c.encode(title, forKey: .title)
    try c.encode(status, forKey: .status)
  }
}
