/// Values of numbers written with Chinese numerals: 十五 → 15, 一千二百 → 1200, 两 → 2,
/// 二〇二五 → 2025 (digit by digit), 三万五千 → 35000.
///
/// Only the numeral characters are read; units of measure and 百分之 are the caller's business.
public enum ChineseNumerals {
  /// The value of each digit character.
  public static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7,
    "捌": 8, "玖": 9,
  ]
  /// The value of each place character.
  public static let places: [Unicode.Scalar: Int] = [
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
  ]
  /// The value of each large-unit character.
  public static let largeUnits: [Unicode.Scalar: Int] = ["万": 10_000, "亿": 100_000_000]

  /// The place character of tens (十), the one place a number below a hundred needs.
  public static let ten: Unicode.Scalar = "十"

  /// Whether `s` is a digit or 十: the numerals of a number below a hundred (三十一, 十二).
  public static func isSmallNumeral(_ s: Unicode.Scalar) -> Bool { smallNumerals.contains(s) }

  /// Whether `s` is a numeral character (digit, place or large unit).
  public static func isNumeral(_ s: Unicode.Scalar) -> Bool { numerals.contains(s) }

  /// The digits, places and large units, asked about at every scalar the number scanner passes.
  static let numerals = ScalarSet(Array(digits.keys) + Array(places.keys) + Array(largeUnits.keys))
  /// The digits and 十.
  static let smallNumerals = ScalarSet(Array(digits.keys) + [ten])

  /// The value of `text` if all of it is a Chinese numeral, else nil.
  public static func value(of text: some StringProtocol) -> Int? {
    value(of: Array(text.unicodeScalars)[...])
  }

  /// The value of `scalars` if all of them form a Chinese numeral, else nil.
  public static func value(of scalars: some Collection<Unicode.Scalar>) -> Int? {
    guard !scalars.isEmpty, scalars.allSatisfy(isNumeral) else { return nil }
    // Digit by digit (二〇二五) when there is no place character at all.
    if scalars.allSatisfy({ digits[$0] != nil }) {
      if scalars.count == 1 { return digits[scalars[scalars.startIndex]] }
      if scalars.contains(where: { $0 == "两" }) { return nil }
      return scalars.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
    }
    var total = 0
    var section = 0
    var digit: Int? = nil
    var lastPlace = Int.max
    for s in scalars {
      if let d = digits[s] {
        if digit != nil, d != 0 { return nil }  // two digits in a row: 二三
        digit = d == 0 ? nil : d
      } else if let p = places[s] {
        guard p < lastPlace else { return nil }
        section += (digit ?? 1) * p
        digit = nil
        lastPlace = p
      } else if let u = largeUnits[s] {
        section += digit ?? 0
        guard section > 0 || total > 0 else { return nil }
        if u == 100_000_000 {
          total = (total + section) * u
        } else {
          total += section * u
        }
        section = 0
        digit = nil
        lastPlace = Int.max
      }
    }
    return total + section + (digit ?? 0)
  }
}
