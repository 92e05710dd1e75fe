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

  init(planPeriods: [(name: String, start: Int, end: Int)]) {
    self.planPeriods = planPeriods
    self.periodNames = planPeriods.map { Array($0.name.unicodeScalars) }
  }

  /// - Parameter documentYear: a bare year before it (2022年，…) is a date in the past, not a
  ///   deadline.
  func deadlines(
    in s: [Unicode.Scalar], range: Range<Int>, planEnd: Int?, documentYear: Int? = nil, yearOfDocument: Int? = nil,
    text: (Range<Int>) -> String
  ) -> [Match] {
    var out: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // 截至2022年底 dates a fact; it is not a deadline.
      if i > range.lowerBound, s[i] == "至" || s[i] == "止", s[i - 1] == "截" {
        let date = calendarDeadline(s, at: i + 1, end: range.upperBound, documentYear: nil, text: text)
        i = date?.range.upperBound ?? i + 1
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
    _ s: [Unicode.Scalar], at i: Int, end: Int, documentYear: Int?, text: (Range<Int>) -> String
  ) -> Match? {
    var start = i
    var lead = false
    if i < end, ["到", "至", "在", "于"].contains(s[i]) {
      lead = true
      start = NumberScanner.skipSpaces(s, from: i + 1, end: end)
    }
    guard let (year, afterYear) = Self.year(s, at: start, end: end) else { return nil }
    if !lead, i > 0, NumberScanner.isDigit(s[i - 1]) { return nil }
    // A conversion's space before 年 (2025 年).
    var j = afterYear
    let spaced = NumberScanner.skipSpaces(s, from: afterYear, end: end)
    if spaced > afterYear, spaced < end, s[spaced] == "年" { j = spaced }
    var month: Int? = nil
    var day: Int? = nil
    var endYear = year
    var explicit = lead
    // A range of years: 2024年至2026年, 2024—2026年.
    if let (y2, after2) = Self.yearRangeTail(s, at: j, end: end), y2 > year {
      endYear = y2
      j = after2
      explicit = true
    } else if j >= end || s[j] != "年" {
      // 到2025 without 年 (缩小到2025的…): a deadline only after 到 (不少于2000个 is no year).
      guard lead, s[i] == "到", j < end, s[j] == "的" else { return nil }
    } else {
      j += 1
    }
    // Year-end, half-year, quarter, month.
    let tail = Self.match(s, at: j, end: end, any: ["年底前", "年末前", "年底", "年末", "底前", "末前", "底", "末"])
    if let t = tail {
      month = 12
      day = 31
      j += t
      explicit = true
    } else if let t = Self.match(s, at: j, end: end, any: ["上半年"]) {
      month = 6
      day = 30
      j += t
      explicit = true
    } else if let t = Self.match(s, at: j, end: end, any: ["下半年"]) {
      month = 12
      day = 31
      j += t
      explicit = true
    } else if let (q, after) = Self.quarter(s, at: j, end: end) {
      month = q * 3
      day = [3: 31, 6: 30, 9: 30, 12: 31][q * 3]
      j = after
      explicit = true
    } else if let (m, after) = Self.smallNumber(s, at: j, end: end), after < end, s[after] == "月", (1...12).contains(m)
    {
      month = m
      j = after + 1
      if let t = Self.match(s, at: j, end: end, any: ["底前", "底", "末"]) {
        j += t
        day = [1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31][m]
      } else if let (d, afterDay) = Self.smallNumber(s, at: j, end: end), afterDay < end, s[afterDay] == "日" {
        day = d
        j = afterDay + 1
      }
      explicit = true
    }
    // A date something must come after (2018年1月1日后认定, 2020年起) is an eligibility or start
    // date, not a deadline.
    if Self.match(s, at: j, end: end, any: ["以后", "之后", "后", "起"]) != nil { return nil }
    if let t = Self.match(s, at: j, end: end, any: ["以前", "前"]) {
      j += t
      explicit = true
    }
    // A bare year counts only at the head of a clause: 2025年，全区…
    if !explicit {
      guard j < end, [",", "，"].contains(s[j]) else { return nil }
      if i > 0, ![",", "。", ";", ":", "\n", "(", " "].contains(s[i - 1]) { return nil }
      if let documentYear, year < documentYear { return nil }
    }
    let range = i..<j
    return Match(
      range: range, deadline: Deadline(year: endYear, month: month, day: day, text: text(range), source: .sentence))
  }

  /// 年底前 / 年内 / 年底 without a year of their own: the document's year. Not after a number
  /// (三年内 is a duration) nor after a word that makes it a rate or another year (每年年底前,
  /// 当年年底).
  private func yearless(_ s: [Unicode.Scalar], at i: Int, range: Range<Int>, year: Int?, text: (Range<Int>) -> String)
    -> Match?
  {
    guard let year, i < range.upperBound, s[i] == "年" else { return nil }
    if i > range.lowerBound {
      let before = s[i - 1]
      guard !NumberScanner.isDigit(before), !ChineseNumerals.isNumeral(before), !Self.yearWords.contains(before)
      else { return nil }
    }
    guard let t = Self.match(s, at: i, end: range.upperBound, any: ["年底前", "年末前", "年内", "年底", "年末"]) else {
      return nil
    }
    let yearEnd = Self.match(s, at: i, end: range.upperBound, any: ["年内"]) == nil
    return Match(
      range: i..<(i + t),
      deadline: Deadline(
        year: year, month: yearEnd ? 12 : nil, day: yearEnd ? 31 : nil, text: text(i..<(i + t)),
        source: .documentYear))
  }

  /// Characters that make a following 年 part of another word (每年, 当年, 今年, 全年 …).
  static let yearWords: Set<Unicode.Scalar> = [
    "每", "当", "今", "明", "去", "前", "后", "全", "同", "近", "历", "逐", "次", "上", "下", "本", "该", "多", "数", "少", "青", "老",
    "成", "周", "学", "财", "新", "半", "跨", "常", "往", "隔", "整", "一", "年",
  ]

  /// “十四五”期间 / 时期 / 末, 规划期末, 规划期内.
  private func namedPeriod(_ s: [Unicode.Scalar], at i: Int, end: Int, planEnd: Int?, text: (Range<Int>) -> String)
    -> Match?
  {
    // Only 十…, 规划…, 方案… can open a named period.
    guard i < end, ["\"", "“", "「", "十", "规", "方"].contains(s[i]) else { return nil }
    var j = i
    if j < end, ["\"", "“", "「"].contains(s[j]) { j += 1 }
    for (p, name) in zip(planPeriods, periodNames) {
      guard j + name.count <= end, zip(name, s[j..<(j + name.count)]).allSatisfy({ $0 == $1 }) else { continue }
      var k = j + name.count
      if k < end, ["\"", "”", "」"].contains(s[k]) { k += 1 }
      if let t = Self.match(s, at: k, end: end, any: ["期间", "时期", "末", "期末"]) {
        return Match(range: i..<(k + t), deadline: Deadline(year: p.end, text: text(i..<(k + t)), source: .sentence))
      }
    }
    if let planEnd, let t = Self.match(s, at: i, end: end, any: ["规划期末", "规划期内", "方案期末"]) {
      return Match(range: i..<(i + t), deadline: Deadline(year: planEnd, text: text(i..<(i + t)), source: .sentence))
    }
    return nil
  }

  static func year(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
    guard i + 4 <= end, (0..<4).allSatisfy({ NumberScanner.isDigit(s[i + $0]) }) else { return nil }
    if i + 4 < end, NumberScanner.isDigit(s[i + 4]) { return nil }
    let v = s[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1.value - 48) }
    return (1990...2100).contains(v) ? (v, i + 4) : nil
  }

  /// 至2026年 / —2026年 / 年至2026年 after a first year.
  private static func yearRangeTail(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
    var j = i
    if j < end, s[j] == "年" { j += 1 }
    var k = j
    while k < end, NumberScanner.dashes.contains(s[k]), k - j < 2 { k += 1 }
    guard k > j, let (y, after) = year(s, at: k, end: end), after < end, s[after] == "年" else { return nil }
    return (y, after + 1)
  }

  private static func quarter(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
    guard i + 4 <= end, s[i] == "第", s[i + 2] == "季", s[i + 3] == "度" else { return nil }
    let q = ChineseNumerals.digits[s[i + 1]] ?? (NumberScanner.isDigit(s[i + 1]) ? Int(s[i + 1].value - 48) : 0)
    return (1...4).contains(q) ? (q, i + 4) : nil
  }

  static func smallNumber(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (Int, Int)? {
    var j = i
    var v = 0
    while j < end, j - i < 2, NumberScanner.isDigit(s[j]) {
      v = v * 10 + Int(s[j].value - 48)
      j += 1
    }
    if j > i { return (v, j) }
    while j < end, j - i < 3, ChineseNumerals.digits[s[j]] != nil || s[j] == "十" { j += 1 }
    guard j > i, let c = ChineseNumerals.value(of: s[i..<j]) else { return nil }
    return (c, j)
  }

  static func match(_ s: [Unicode.Scalar], at i: Int, end: Int, any words: [String]) -> Int? {
    for w in words {
      let u = Array(w.unicodeScalars)
      if i + u.count <= end, zip(u, s[i..<(i + u.count)]).allSatisfy({ $0 == $1 }) { return u.count }
    }
    return nil
  }
}
