extension String {
  /// The text without whitespace, which conversions leave inside Chinese names and numbers
  /// (济南 市 人民政府 → 济南市人民政府).
  public var squeezed: String {
    String(String.UnicodeScalarView(unicodeScalars.filter { !$0.properties.isWhitespace }))
  }
}
