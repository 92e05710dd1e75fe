/// Draws a list counter in a WordprocessingML number format (`w:numFmt`): decimal, Chinese
/// counting (一 … 十一 … 二十一), heavenly stems (甲乙丙), circled numbers (①), full-width
/// digits, Roman numerals, letters, and more. Unknown formats draw in decimal.
enum DocxNumberFormatter {
  static let chineseDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  static let chineseUnits = ["", "十", "百", "千"]
  static let legalSimplifiedDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
  static let legalTraditionalDigits: [Character] = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"]
  static let legalUnits = ["", "拾", "佰", "仟"]
  static let heavenlyStems: [Character] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
  static let earthlyBranches: [Character] = [
    "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥",
  ]

  /// `value` drawn in `format`.
  static func format(_ value: Int, as format: String) -> String {
    switch format {
    case "none", "bullet":
      return ""
    case "decimalZero":
      return value >= 0 && value < 10 ? "0\(value)" : "\(value)"
    case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
      "taiwaneseCountingThousand", "japaneseCounting":
      return chinese(value, digits: chineseDigits, units: chineseUnits, tenAlone: true)
    case "chineseLegalSimplified":
      return chinese(value, digits: legalSimplifiedDigits, units: legalUnits, tenAlone: false)
    case "ideographLegalTraditional":
      return chinese(value, digits: legalTraditionalDigits, units: legalUnits, tenAlone: false)
    case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
      guard value >= 0 else { return "\(value)" }
      return String(String(value).compactMap { $0.wholeNumberValue }.map { $0 == 0 ? "〇" : chineseDigits[$0] })
    case "ideographTraditional":
      return cycle(value, heavenlyStems)
    case "ideographZodiac":
      return cycle(value, earthlyBranches)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      switch value {
      case 1...20: return scalar(0x2460 + value - 1)
      case 21...35: return scalar(0x3251 + value - 21)
      case 36...50: return scalar(0x32B1 + value - 36)
      default: return "\(value)"
      }
    case "ideographEnclosedCircle":
      return (1...10).contains(value) ? scalar(0x3280 + value - 1) : "\(value)"
    case "decimalEnclosedFullstop":
      return (1...20).contains(value) ? scalar(0x2488 + value - 1) : "\(value)."
    case "decimalEnclosedParen":
      return (1...20).contains(value) ? scalar(0x2474 + value - 1) : "(\(value))"
    case "decimalFullWidth", "decimalFullWidth2":
      return String(
        String.UnicodeScalarView(
          String(value).unicodeScalars.map { digit in
            ("0"..."9").contains(digit) ? Unicode.Scalar(digit.value + 0xFEE0) ?? digit : digit
          }))
    case "upperRoman": return roman(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperLetter": return letters(value)
    case "lowerLetter": return letters(value).lowercased()
    default:
      return "\(value)"
    }
  }

  /// Chinese counting: 1 → 一, 10 → 十 (`tenAlone`) or 壹拾, 11 → 十一, 20 → 二十, 101 → 一百零一,
  /// 10000 → 一万. Values outside 0..<100000000 draw in decimal.
  static func chinese(_ value: Int, digits: [Character], units: [String], tenAlone: Bool) -> String {
    guard value >= 0, value < 100_000_000 else { return "\(value)" }
    if value == 0 { return String(digits[0]) }
    var out = ""
    let high = value / 10_000
    let low = value % 10_000
    if high > 0 {
      out = belowTenThousand(high, digits: digits, units: units) + "万"
      if low > 0, low < 1000 { out.append(digits[0]) }
    }
    if low > 0 { out += belowTenThousand(low, digits: digits, units: units) }
    if tenAlone, value >= 10, value < 20 { out.removeFirst() }  // 一十一 → 十一
    return out
  }

  private static func belowTenThousand(_ value: Int, digits: [Character], units: [String]) -> String {
    var out = ""
    var pendingZero = false
    var started = false
    for position in stride(from: 3, through: 0, by: -1) {
      var power = 1
      for _ in 0..<position { power *= 10 }
      let digit = (value / power) % 10
      if digit == 0 {
        if started { pendingZero = true }
        continue
      }
      if pendingZero { out.append(digits[0]) }
      pendingZero = false
      started = true
      out.append(digits[digit])
      out += units[position]
    }
    return out
  }

  private static func cycle(_ value: Int, _ symbols: [Character]) -> String {
    guard value >= 1 else { return "\(value)" }
    return String(symbols[(value - 1) % symbols.count])
  }

  private static func scalar(_ value: Int) -> String {
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return "" }
    return String(Character(scalar))
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return "\(value)" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var out = ""
    for (amount, symbol) in table {
      while rest >= amount {
        out += symbol
        rest -= amount
      }
    }
    return out
  }

  /// A, B, … Z, AA, BB, … as Word draws letter lists.
  private static func letters(_ value: Int) -> String {
    guard value > 0 else { return "\(value)" }
    let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }
}
