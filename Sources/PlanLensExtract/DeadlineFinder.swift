import PlanLensModel
import PlanLensText

/// Finds deadlines in normalised text: 到2025年, 2025年年底前 / 年底 / 年末, 2025年上半年,
/// 2025年第三季度, 2024年至2026年, “十四五”期间 / 末, 规划期末 (from the plan period), and
/// 2025年6月底前.
struct DeadlineFinder: Sendable {
  struct Match: Sendable {
    var range: Range<Int>
    var deadline: Deadline
  }

  /// Five-year-plan names and their years (from metadata-cues.tsv).
  let planPeriods: [(name: String, start: Int, end: Int)]
  /// The same names as scalars, for matching without allocating.
  let periodNames: [[Unicode.Scalar]]
  /// The words of deadline-cues.tsv.
  let cues: DeadlineCues
  /// What a named period may open with: a quote, or the first scalar of a period name or of a
  /// planPeriodEnd word.
  let periodOpeners: ScalarSet
  /// Leads of an explicit deadline (到, 至, 在, 于), one scalar each.
  let leads: ScalarSet

  /// What joins the two years of a range (2031—2033年, 2031年至2033年).
  let joiners: ScalarSet

  init(planPeriods: [(name: String, start: Int, end: Int)], cues: DeadlineCues, joiners: RangeJoiners) {
    self.joiners = joiners.all
    self.planPeriods = planPeriods
    self.periodNames = planPeriods.map { Array($0.name.unicodeScalars) }
    self.cues = cues
    periodOpeners = Self.openingQuotes.union(
      (periodNames + cues.words("planPeriodEnd")).compactMap(\.first))
    leads = ScalarSet(cues.words("lead").compactMap { $0.count == 1 ? $0.first : nil })
  }

  static let openingQuotes = Punctuation.openingQuotes.union(Punctuation.straightQuotes)
  static let closingQuotes = Punctuation.closingQuotes.union(Punctuation.straightQuotes)
  /// What may stand before a bare year that heads a clause (。2025年，… ；2025年，… (2025年，…).
  static let sentenceOpeners = Punctuation.sentenceEnds.union(Punctuation.pauses).union(Punctuation.colons)
    .union(Punctuation.lineBreaks).union(Punctuation.roundOpen).union([" "])

  /// - Parameter documentYear: a bare year before it (2022年，…) is a date in the past, not a
  ///   deadline.
  func deadlines(
    in s: TextScalars, range: Range<Int>, planEnd: Int?, documentYear: Int? = nil, yearOfDocument: Int? = nil,
    text: (Range<Int>) -> String
  ) -> [Match] {
    var out: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // 截至2022年底 dates a fact; it is not a deadline.
      if let t = cues.match("pastFrame", s, at: i, end: range.upperBound) {
        let date = calendarDeadline(s, at: i + t, end: range.upperBound, documentYear: nil, text: text)
        i = date?.range.upperBound ?? i + t
        continue
      }
      if let m = calendarDeadline(s, at: i, end: range.upperBound, documentYear: documentYear, text: text)
        ?? namedPeriod(s, at: i, end: range.upperBound, planEnd: planEnd, text: text)
        ?? yearless(s, at: i, range: range, year: yearOfDocument, text: text)
      {
        out.append(m)
        i = m.range.upperBound
      } else {
        i += 1
      }
    }
    return out
  }

  /// 到2025年…, 2025年年底前, 2024年至2026年, 2025年上半年, 2025年6月底前.
  private func calendarDeadline(
    _ s: TextScalars, at i: Int, end: Int, documentYear: Int?, text: (Range<Int>) -> String
  ) -> Match? {
    var start = i
    var lead = false
    if i < end, leads.contains(s[i]) {
      lead = true
      start = NumberScanner.skipSpaces(s, from: i + 1, end: end)
    }
    guard let (year, afterYear) = Self.year(s, at: start, end: end) else { return nil }
    if !lead, i > 0, NumberScanner.isDigit(s[i - 1]) { return nil }
    // A conversion's space before 年 (2025 年).
    var j = afterYear
    let spaced = NumberScanner.skipSpaces(s, from: afterYear, end: end)
    if spaced > afterYear, spaced < end, s[spaced] == WrittenDate.yearMark { j = spaced }
    var month: Int? = nil
    var day: Int? = nil
    var endYear = year
    var explicit = lead
    // A range of years: 2024年至2026年, 2024—2026年.
    if let (y2, after2) = yearRangeTail(s, at: j, end: end), y2 > year {
      endYear = y2
      j = after2
      explicit = true
    } else if j >= end || s[j] != WrittenDate.yearMark {
      // 到2025 without 年 (缩小到2025的…): a deadline only after 到 (不少于2000个 is no year).
      guard lead, s[i] == "到", j < end, s[j] == "的" else { return nil }
    } else {
      j += 1
    }
    // Year-end, half-year, quarter, month.
    if let t = cues.match("yearEnd", s, at: j, end: end) {
      month = 12
      day = 31
      j += t
      explicit = true
    } else if let t = cues.match("firstHalf", s, at: j, end: end) {
      month = 6
      day = 30
      j += t
      explicit = true
    } else if let t = cues.match("secondHalf", s, at: j, end: end) {
      month = 12
      day = 31
      j += t
      explicit = true
    } else if let (q, after) = Self.quarter(s, at: j, end: end) {
      month = q * 3
      day = CalendarDate.daysIn(month: q * 3, year: year)
      j = after
      explicit = true
    } else if let (m, after) = Self.smallNumber(s, at: j, end: end), after < end, s[after] == WrittenDate.monthMark,
      (1...12).contains(m)
    {
      month = m
      j = after + 1
      if let t = cues.match("monthEnd", s, at: j, end: end) {
        j += t
        day = CalendarDate.daysIn(month: m, year: endYear)
      } else if let (d, afterDay) = Self.smallNumber(s, at: j, end: end), afterDay < end,
        s[afterDay] == WrittenDate.dayMark
      {
        day = d
        j = afterDay + 1
      }
      explicit = true
    }
    // A date something must come after (2018年1月1日后认定, 2020年起) is an eligibility or start
    // date, not a deadline.
    if cues.match("startsAfter", s, at: j, end: end) != nil { return nil }
    if let t = cues.match("before", s, at: j, end: end) {
      j += t
      explicit = true
    }
    // A bare year counts only at the head of a clause: 2025年，全区…
    if !explicit {
      guard j < end, Punctuation.pauses.contains(s[j]) else { return nil }
      if i > 0, !Self.sentenceOpeners.contains(s[i - 1]) { return nil }
      if let documentYear, year < documentYear { return nil }
    }
    let range = i..<j
    return Match(
      range: range, deadline: Deadline(year: endYear, month: month, day: day, text: text(range), source: .sentence))
  }

  /// 年底前 / 年内 / 年底 without a year of their own: the document's year. Not after a number
  /// (三年内 is a duration) nor after a word that makes it a rate or another year (每年年底前,
  /// 当年年底).
  private func yearless(_ s: TextScalars, at i: Int, range: Range<Int>, year: Int?, text: (Range<Int>) -> String)
    -> Match?
  {
    guard let year, i < range.upperBound, s[i] == WrittenDate.yearMark else { return nil }
    if i > range.lowerBound {
      let before = s[i - 1]
      guard !NumberScanner.isDigit(before), !ChineseNumerals.isNumeral(before), !cues.yearWords.contains(before)
      else { return nil }
    }
    let endLength = cues.match("yearlessEnd", s, at: i, end: range.upperBound) ?? 0
    let withinLength = cues.match("yearlessWithin", s, at: i, end: range.upperBound) ?? 0
    // The longer reading wins where both fit.
    let t = max(endLength, withinLength)
    guard t > 0 else { return nil }
    let yearEnd = endLength >= withinLength
    return Match(
      range: i..<(i + t),
      deadline: Deadline(
        year: year, month: yearEnd ? 12 : nil, day: yearEnd ? 31 : nil, text: text(i..<(i + t)),
        source: .documentYear))
  }

  /// “十四五”期间 / 时期 / 末, 规划期末, 规划期内.
  private func namedPeriod(_ s: TextScalars, at i: Int, end: Int, planEnd: Int?, text: (Range<Int>) -> String)
    -> Match?
  {
    guard i < end, periodOpeners.contains(s[i]) else { return nil }
    var j = i
    if j < end, Self.openingQuotes.contains(s[j]) { j += 1 }
    for (p, name) in zip(planPeriods, periodNames) {
      guard j + name.count <= end, zip(name, s[j..<(j + name.count)]).allSatisfy({ $0 == $1 }) else { continue }
      var k = j + name.count
      if k < end, Self.closingQuotes.contains(s[k]) { k += 1 }
      if let t = cues.match("periodTail", s, at: k, end: end) {
        return Match(range: i..<(k + t), deadline: Deadline(year: p.end, text: text(i..<(k + t)), source: .sentence))
      }
    }
    if let planEnd, let t = cues.match("planPeriodEnd", s, at: i, end: end) {
      return Match(range: i..<(i + t), deadline: Deadline(year: planEnd, text: text(i..<(i + t)), source: .sentence))
    }
    return nil
  }

  /// How a deadline's year is written: four Arabic digits from 1990 to 2100 (二〇二五年 is
  /// left to the metadata's dates); months and days in Arabic or Chinese numerals.
  static let numerals = WrittenDate.Numerals(years: 1990...2100, chineseYears: false, chineseDays: true)

  static func year(_ s: TextScalars, at i: Int, end: Int) -> (Int, Int)? {
    WrittenDate.year(s, at: i, limit: end, numerals: numerals)
  }

  /// 至2026年 / —2026年 / 年至2026年 after a first year.
  private func yearRangeTail(_ s: TextScalars, at i: Int, end: Int) -> (Int, Int)? {
    var j = i
    if j < end, s[j] == WrittenDate.yearMark { j += 1 }
    var k = j
    while k < end, joiners.contains(s[k]), k - j < 2 { k += 1 }
    guard k > j, let (y, after) = Self.year(s, at: k, end: end), after < end, s[after] == WrittenDate.yearMark else {
      return nil
    }
    return (y, after + 1)
  }

  private static func quarter(_ s: TextScalars, at i: Int, end: Int) -> (Int, Int)? {
    guard i + 4 <= end, s[i] == "第", s[i + 2] == "季", s[i + 3] == "度" else { return nil }
    let q = ChineseNumerals.digits[s[i + 1]] ?? (NumberScanner.isDigit(s[i + 1]) ? Int(s[i + 1].value - 48) : 0)
    return (1...4).contains(q) ? (q, i + 4) : nil
  }

  static func smallNumber(_ s: TextScalars, at i: Int, end: Int) -> (Int, Int)? {
    WrittenDate.small(s, at: i, limit: end, chinese: true)
  }

}
