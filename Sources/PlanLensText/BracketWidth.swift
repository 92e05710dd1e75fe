extension String {
  /// The string with half-width round brackets made full-width, as names are printed in
  /// Chinese text (各县(市、区) → 各县（市、区）).
  public var withFullWidthBrackets: String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 }))
  }
}
