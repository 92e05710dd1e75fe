/// Dates as plans print them: lines that are only a date, and month lengths.
public enum CalendarDate {
  /// Days in `month` (1–12) of `year`, leap years counted (Gregorian: every fourth year, not
  /// centuries, but every fourth century).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether `year` has a 29 February.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Whether a line (whitespace removed) is only a date, in Arabic or Chinese numerals:
  /// 2021年8月31日, 二〇二一年八月三十一日.
  public static func isDateLine(_ squeezed: String) -> Bool {
    let scalars = squeezed.unicodeScalars
    guard scalars.last == WrittenDate.dayMark, scalars.contains(WrittenDate.yearMark),
      scalars.contains(WrittenDate.monthMark)
    else { return false }
    return squeezed.unicodeScalars.allSatisfy { s in
      ScalarText.arabicDigit(s) != nil || ChineseNumerals.isNumeral(s) || WrittenDate.lineMarks.contains(s)
    }
  }
}
