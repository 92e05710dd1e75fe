/// Whether a run of words is in both versions, only the old one or only the new one.
public enum TextRunKind: String, Hashable, Sendable, Encodable {
  case equal
  case delete
  case insert
}
