import Foundation
import PlanLensText

/// Calendar dates written the Chinese way: 2021年8月31日, 二〇二一年八月三十一日, ２０２１年８月.
public struct DateExpression: Hashable, Sendable {
  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// Scalar range in the text it was read from.
  public var range: Range<Int>

  /// ISO form when year, month and day are known: "2021-08-31".
  public var iso: String? {
    guard let year, let month, let day else { return nil }
    return String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// Every full or partial date (年 with optional 月 and 日) in `text`.
  public static func all(in text: String) -> [DateExpression] {
    let scalars = Array(text.unicodeScalars)
    var out: [DateExpression] = []
    var i = 0
    while i < scalars.count {
      guard let (year, afterYear) = number(scalars, at: i, maxLength: 4, minLength: 4), scalars.count > afterYear,
        scalars[afterYear] == "年", (1900...2100).contains(year)
      else {
        i += 1
        continue
      }
      var end = afterYear + 1
      var month: Int? = nil
      var day: Int? = nil
      if let (m, afterMonth) = number(scalars, at: end, maxLength: 3, minLength: 1), afterMonth < scalars.count,
        scalars[afterMonth] == "月", (1...12).contains(m)
      {
        month = m
        end = afterMonth + 1
        if let (d, afterDay) = number(scalars, at: end, maxLength: 3, minLength: 1), afterDay < scalars.count,
          scalars[afterDay] == "日" || scalars[afterDay] == "号", (1...31).contains(d)
        {
          day = d
          end = afterDay + 1
        }
      }
      out.append(DateExpression(year: year, month: month, day: day, range: i..<end))
      i = end
    }
    return out
  }

  /// An Arabic (half- or full-width) or Chinese number at `i`.
  private static func number(_ s: [Unicode.Scalar], at i: Int, maxLength: Int, minLength: Int) -> (Int, Int)? {
    var j = i
    var value = 0
    while j < s.count, j - i < maxLength, let d = ScalarText.arabicDigit(s[j]) {
      value = value * 10 + d
      j += 1
    }
    if j > i {
      if j < s.count, ScalarText.arabicDigit(s[j]) != nil { return nil }
      return j - i >= minLength ? (value, j) : nil
    }
    while j < s.count, j - i < maxLength, ChineseNumerals.digits[s[j]] != nil || s[j] == "十" { j += 1 }
    guard j - i >= minLength, let v = ChineseNumerals.value(of: s[i..<j]) else { return nil }
    if i > 0, ChineseNumerals.isNumeral(s[i - 1]) { return nil }
    return (v, j)
  }

}
