/// What storing one document did.
public enum StoreOutcome: Sendable, Equatable {
  /// The document is new. `newVersion` is true when its lineage already held another version.
  case added(documentID: Int64, lineageID: Int64, newVersion: Bool)
  /// A document with the same content hash was already stored; nothing was written.
  case unchanged(documentID: Int64)

  /// The stored document's id.
  public var documentID: Int64 {
    switch self {
    case .added(let id, _, _), .unchanged(let id): return id
    }
  }
}
