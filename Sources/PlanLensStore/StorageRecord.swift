/// Where a document is kept in the store: its content hash, its lineage and its place there.
public struct StorageRecord: Sendable, Equatable {
  /// The document's id.
  public var id: Int64
  /// The sha256 of the source file, lower-case hex.
  public var sha256: String
  /// The lineage (versions of one plan) the document belongs to.
  public var lineage: Int64
  /// The document's place in its lineage, 1 for the first version.
  public var versionOrder: Int
  /// How many documents the lineage holds.
  public var versions: Int
  /// When the document was ingested, as stored (ISO 8601).
  public var ingestedAt: String

  public init(id: Int64, sha256: String, lineage: Int64, versionOrder: Int, versions: Int, ingestedAt: String) {
    self.id = id
    self.sha256 = sha256
    self.lineage = lineage
    self.versionOrder = versionOrder
    self.versions = versions
    self.ingestedAt = ingestedAt
  }
}
