import PlanLensModel

/// One value of a query result: text, a whole number, a real number or nothing.
public enum ResultCell: Hashable, Sendable, Encodable, ExpressibleByStringLiteral {
  case text(String)
  case integer(Int64)
  case number(Double)
  case null

  public init(stringLiteral value: String) {
    self = .text(value)
  }

  /// `value` as text, or null when nil.
  public static func optional(_ value: String?) -> ResultCell {
    value.map(ResultCell.text) ?? .null
  }

  /// `value` as a whole number, or null when nil.
  public static func optional<I: BinaryInteger>(_ value: I?) -> ResultCell {
    value.map { .integer(Int64($0)) } ?? .null
  }

  /// The cell as printed in text, CSV and Markdown: whole numbers without ".0", nothing for null.
  public var plain: String {
    switch self {
    case .text(let text): return text
    case .integer(let value): return String(value)
    case .number(let value): return WholeNumber(value).description
    case .null: return ""
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(WholeNumber(value))
    case .null: try container.encodeNil()
    }
  }
}
