/// A number found in normalised text, with its unit and the infix approximation that may stand
/// between them (700余名).
struct NumberExpression: Hashable, Sendable {
  /// The first numeral.
  var start: Int
  /// Just past the unit (or the last numeral when there is no unit).
  var end: Int
  /// Just past the numerals of the (last) number, before any multiplier, infix or unit.
  var numberEnd: Int
  var value: Double
  /// The upper end of a range (2-5级).
  var valueMax: Double?
  var unit: String?
  /// 余 / 多 between number and unit.
  var infix: String?
  /// Written in Chinese numerals (一所, 五年).
  var isChinese: Bool
  /// 百分之六十 / 千分之五: the unit came from the prefix.
  var isFraction: Bool
}
