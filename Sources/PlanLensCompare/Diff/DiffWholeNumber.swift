/// Encodes a number without a fractional part when it has none (70, not 70.0).
struct DiffWholeNumber: Encodable {
  let value: Double

  init(_ value: Double) { self.value = value }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    if value.rounded() == value, abs(value) < 1e15 {
      try c.encode(Int64(value))
    } else {
      try c.encode(value)
    }
  }
}
