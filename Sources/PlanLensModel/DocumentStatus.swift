/// Whether a plan is a draft (征求意见稿, 草案, 送审稿) or the final text, as the export writes it.
public enum DocumentStatus: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  case draft, final

  /// The exported word itself ("final").
  public var description: String { rawValue }
}
