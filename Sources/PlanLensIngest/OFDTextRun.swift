/// Characters an OFD draws from one `TextCode`: each with its x position on the page, all on
/// one baseline, in page coordinates (millimetres, y growing downwards).
struct OFDTextRun: Sendable, Equatable {
  /// An ideographic or full-width character is about as wide as the font size; a Latin letter,
  /// digit or half-width sign about half (the metrics of the Song and Fangsong fonts plans use).
  static let narrowAdvance = 0.5

  var scalars: [Unicode.Scalar]
  /// The x position of each scalar's origin.
  var positions: [Double]
  /// The y position of the baseline.
  var baseline: Double
  /// The font size, as drawn.
  var size: Double

  /// Where the first character starts.
  var start: Double { positions.first ?? 0 }

  /// The estimated width of `scalar` in a font of `size`.
  static func advance(of scalar: Unicode.Scalar, size: Double) -> Double {
    isWide(scalar) ? size : size * narrowAdvance
  }

  /// CJK characters, CJK and full-width punctuation, and everything from U+2E80 up (except
  /// the half-width forms) are set full width.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    let halfWidthForms: ClosedRange<UInt32> = 0xFF61...0xFFDC
    return value >= 0x2E80 && !halfWidthForms.contains(value)
  }
}
