/// The grammar of a document's own number (文号): an issuer's abbreviation in Chinese, the year
/// in brackets (〔〕, [], （）, 【】, ［］, ﹝﹞), an optional 第 and a serial number with 号 —
/// 国办发〔2021〕7号, 某政办字［2019］第23号. The partitioner and the metadata reader both read
/// numbers here.
public enum DocumentNumberScanner {
  /// Ideographs of the issuer's abbreviation at most (国办发, 某某市人民政府办公室发).
  public static let issuerLength = 1...16
  /// Digits of the year.
  public static let yearDigits = 4
  /// Digits of the serial number.
  public static let serialDigits = 1...5
  /// The word that may open the serial number (第23号).
  public static let ordinal: Unicode.Scalar = "第"
  /// The word that closes the number.
  public static let closer: Unicode.Scalar = "号"

  /// The end of a number that starts at `i` (its issuer's first ideograph), or nil.
  public static func end(of s: [Unicode.Scalar], from i: Int, limit: Int) -> Int? {
    var j = i
    while j < limit, s[j].properties.isIdeographic { j += 1 }
    guard issuerLength.contains(j - i), j < limit, Punctuation.openingBrackets.contains(s[j]) else { return nil }
    j += 1
    guard let afterYear = digits(s, from: j, limit: limit, count: yearDigits...yearDigits), afterYear < limit,
      Punctuation.closingBrackets.contains(s[afterYear])
    else { return nil }
    j = afterYear + 1
    if j < limit, s[j] == ordinal { j += 1 }
    guard let afterSerial = digits(s, from: j, limit: limit, count: serialDigits), afterSerial < limit,
      s[afterSerial] == closer
    else { return nil }
    return afterSerial + 1
  }

  /// Whether `text` is a number and nothing else.
  public static func isWhole(_ text: some StringProtocol) -> Bool {
    let s = Array(text.unicodeScalars)
    return end(of: s, from: 0, limit: s.count) == s.count && !s.isEmpty
  }

  /// The first number in `text`, from its leftmost start.
  public static func first(in text: some StringProtocol) -> String? {
    let s = Array(text.unicodeScalars)
    for i in s.indices where s[i].properties.isIdeographic {
      // A start inside a longer run of ideographs is tried too, as the abbreviation's length is bounded.
      if let e = end(of: s, from: i, limit: s.count) { return ScalarText.string(s[i..<e]) }
    }
    return nil
  }

  /// The end of a run of `count` Arabic digits (half- or full-width) from `i`.
  private static func digits(_ s: [Unicode.Scalar], from i: Int, limit: Int, count: ClosedRange<Int>) -> Int? {
    var j = i
    while j < limit, ScalarText.arabicDigit(s[j]) != nil { j += 1 }
    return count.contains(j - i) ? j : nil
  }
}
