/// A date written the Chinese way, read at a position of a scalar array:
/// [year 年][month 月[day 日 or 号]] — 2021年8月31日, 二〇二一年八月三十一日, 8月16日, ２０２１年８月.
/// Every stage that reads a date (metadata, milestones, deadlines) reads its parts here.
public struct WrittenDate: Sendable, Equatable {
  /// The mark after a year.
  public static let yearMark: Unicode.Scalar = "年"
  /// The mark after a month.
  public static let monthMark: Unicode.Scalar = "月"
  /// The mark after a day.
  public static let dayMark: Unicode.Scalar = "日"
  /// The marks after a day (日, and 号 as in 8月16号).
  public static let dayMarks: ScalarSet = [dayMark, "号"]
  /// The marks of a date line: 年, 月 and 日.
  public static let lineMarks: ScalarSet = [yearMark, monthMark, dayMark]
  /// Digits of a year (2021年).
  public static let yearDigits = 4
  /// Arabic digits of a month or a day (8月, 31日).
  public static let dayDigits = 1...2
  /// Chinese numerals of a month or a day (八月, 三十一日).
  public static let chineseDayLength = 1...3

  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// Where the date's last mark ends.
  public var end: Int

  /// How the numbers of a date may be written.
  public struct Numerals: Sendable, Equatable {
    /// The years accepted (4 digits in this range).
    public var years: ClosedRange<Int>
    /// Whether a year may be written in Chinese numerals (二〇二一年) besides Arabic digits.
    public var chineseYears: Bool
    /// Whether a month or a day may be (八月三十一日).
    public var chineseDays: Bool

    public init(years: ClosedRange<Int>, chineseYears: Bool, chineseDays: Bool) {
      self.years = years
      self.chineseYears = chineseYears
      self.chineseDays = chineseDays
    }
  }

  /// The date at `i`, read up to `limit`: a year, a month, a day, as far as they go. Nil when
  /// there is no year (when `requireYear`) or neither a year nor a month.
  public static func read(
    _ s: TextScalars, at i: Int, limit: Int, numerals: Numerals, requireYear: Bool
  ) -> WrittenDate? {
    var date = WrittenDate(year: nil, month: nil, day: nil, end: i)
    if let (y, after) = year(s, at: i, limit: limit, numerals: numerals), after < limit, s[after] == yearMark {
      date.year = y
      date.end = after + 1
    }
    if requireYear, date.year == nil { return nil }
    if let (m, after) = small(s, at: date.end, limit: limit, chinese: numerals.chineseDays), after < limit,
      s[after] == monthMark, (1...12).contains(m)
    {
      date.month = m
      date.end = after + 1
      // Without a year any day of the month may be meant, 29 February too.
      let lastDay = CalendarDate.daysIn(month: m, year: date.year ?? 2000)
      if let (d, afterDay) = small(s, at: date.end, limit: limit, chinese: numerals.chineseDays), afterDay < limit,
        dayMarks.contains(s[afterDay]), (1...lastDay).contains(d)
      {
        date.day = d
        date.end = afterDay + 1
      }
    }
    return date.year != nil || date.month != nil ? date : nil
  }

  /// A year of four digits (Arabic, or Chinese when allowed) at `i`, in `numerals.years`.
  public static func year(_ s: TextScalars, at i: Int, limit: Int, numerals: Numerals) -> (Int, Int)? {
    let chinese = numerals.chineseYears ? yearDigits...yearDigits : nil
    guard let (v, after) = number(s, at: i, limit: limit, arabic: yearDigits...yearDigits, chinese: chinese),
      numerals.years.contains(v)
    else { return nil }
    return (v, after)
  }

  /// A month's or a day's number at `i`: one or two Arabic digits, or (when allowed) up to three
  /// Chinese numerals.
  public static func small(_ s: TextScalars, at i: Int, limit: Int, chinese: Bool) -> (Int, Int)? {
    number(s, at: i, limit: limit, arabic: dayDigits, chinese: chinese ? chineseDayLength : nil)
  }

  /// A number at `i` of `arabic` digits (not followed by another digit), or of `chinese`
  /// numerals not following another numeral.
  static func number(
    _ s: TextScalars, at i: Int, limit: Int, arabic: ClosedRange<Int>, chinese: ClosedRange<Int>?
  ) -> (Int, Int)? {
    var j = i
    var value = 0
    while j < limit, let d = ScalarText.arabicDigit(s[j]) {
      value = value * 10 + d
      j += 1
    }
    if j > i { return arabic.contains(j - i) ? (value, j) : nil }
    guard let chinese else { return nil }
    while j < limit, j - i < chinese.upperBound, ChineseNumerals.isSmallNumeral(s[j]) { j += 1 }
    guard chinese.contains(j - i), let v = ChineseNumerals.value(of: s[i..<j]) else { return nil }
    if i > 0, ChineseNumerals.isNumeral(s[i - 1]) { return nil }
    return (v, j)
  }
}
