/// Whether a department leads a task (牵头) or supports it (参与, 配合).
public enum UnitRole: String, Hashable, Sendable, Encodable {
  case lead
  case support
}
