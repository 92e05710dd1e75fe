/// A number written without a fractional part when it has none: 55, not 55.0; 21.58 as is.
/// Encodes to JSON the same way.
public struct WholeNumber: Encodable, Sendable, CustomStringConvertible {
  public let value: Double

  public init(_ value: Double) {
    self.value = value
  }

  var isWhole: Bool { value.rounded() == value && abs(value) < 1e15 }

  public var description: String {
    isWhole ? String(Int64(value)) : String(value)
  }

  /// A figure with the upper end of its range, if any: "2–5", "55".
  public static func range(_ value: Double, _ valueMax: Double?) -> String {
    WholeNumber(value).description + (valueMax.map { "–" + WholeNumber($0).description } ?? "")
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    if isWhole {
      try c.encode(Int64(value))
    } else {
      try c.encode(value)
    }
  }
}
