/// How a quantity's number binds, as the export writes it: at least (>=), more than (>), at most
/// (<=), less than (<), exactly (=), about (~).
public enum Comparator: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  case atLeast = ">="
  case moreThan = ">"
  case atMost = "<="
  case lessThan = "<"
  case exactly = "="
  case about = "~"

  /// The sign reports print before the number: ≥, >, ≤, <, nothing for exactly, 约 for about.
  public var symbol: String {
    switch self {
    case .atLeast: return "≥"
    case .moreThan: return ">"
    case .atMost: return "≤"
    case .lessThan: return "<"
    case .exactly: return ""
    case .about: return "约"
    }
  }

  /// The exported sign itself (">="), so an interpolation prints what the export writes.
  public var description: String { rawValue }

  /// Whether the number is a ceiling (≤, <), where a lower figure is the more ambitious one.
  public var isCeiling: Bool { self == .atMost || self == .lessThan }
}
