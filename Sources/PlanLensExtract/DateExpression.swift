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

  /// How dates are written in the text: a year from 1900 to 2100, Arabic or Chinese numerals.
  static let numerals = WrittenDate.Numerals(years: 1900...2100, chineseYears: true, chineseDays: true)

  /// Every full or partial date (年 with optional 月 and 日) in `text`.
  public static func all(in text: String) -> [DateExpression] {
    let scalars = TextScalars(text)
    return all(in: scalars, 0..<scalars.count)
  }

  /// The same over `range` of a document's scalars, with ranges in the document's offsets.
  public static func all(in scalars: TextScalars, _ range: Range<Int>) -> [DateExpression] {
    var out: [DateExpression] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // A date here has its year, which starts with a digit or a small Chinese numeral.
      guard ScalarText.arabicDigit(scalars[i]) != nil || ChineseNumerals.isSmallNumeral(scalars[i]),
        let date = WrittenDate.read(scalars, at: i, limit: range.upperBound, numerals: numerals, requireYear: true)
      else {
        i += 1
        continue
      }
      out.append(DateExpression(year: date.year, month: date.month, day: date.day, range: i..<date.end))
      i = date.end
    }
    return out
  }
}
