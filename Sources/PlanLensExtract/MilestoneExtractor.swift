import Foundation
import PlanLensModel
import PlanLensText

/// Finds dated phases of a work schedule (谋划启动阶段（8月16日前）, 组织实施阶段（8月16日—9月30日）)
/// and planned reviews (2023年，对规划实施情况进行中期评估). A month and day without a year take
/// the document's year.
struct MilestoneExtractor: Sendable {
  let phaseCues: [String]
  let reviewCues: [String]
  let segmenter = TextSegmenter()

  func extract(_ doc: DocumentText) throws -> [Milestone] {
    var out = phases(doc)
    out += try reviews(doc)
    return out.sorted { $0.span.start < $1.span.start }
  }

  /// X阶段(dates): the label before the bracket, the dates inside it.
  private func phases(_ doc: DocumentText) -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    for cue in phaseCues {
      let c = Array(cue.unicodeScalars)
      var i = 0
      while i + c.count < s.count {
        defer { i += 1 }
        guard zip(c, s[i..<(i + c.count)]).allSatisfy({ $0 == $1 }), s[i + c.count] == "(" else { continue }
        var labelStart = i
        while labelStart > 0, s[labelStart - 1].properties.isIdeographic, i + c.count - labelStart < 12 {
          labelStart -= 1
        }
        let open = i + c.count
        guard let close = (open..<min(s.count, open + 40)).first(where: { s[$0] == ")" }) else { continue }
        let inner = (open + 1)..<close
        guard let (start, end) = Self.dateRange(IndicatorCutter.string(s[inner]), year: doc.documentYear) else {
          continue
        }
        let (quote, span) = doc.quote(inner)
        out.append(
          Milestone(
            label: IndicatorCutter.string(s[labelStart..<open]), start: start, end: end, text: quote, quote: quote,
            span: span))
      }
    }
    return out
  }

  /// Sentences with a review cue and a year: the review is due by the end of that year.
  private func reviews(_ doc: DocumentText) throws -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    let text = doc.normalized.string
    for sentence in try segmenter.sentences(in: text) {
      guard let cue = reviewCues.first(where: sentence.text.includes) else { continue }
      guard let date = DateExpression.all(in: sentence.text).first, let year = date.year else { continue }
      let range =
        (sentence.range.lowerBound + date.range.lowerBound)..<(sentence.range.lowerBound + date.range.upperBound)
      let (quote, span) = doc.quote(range)
      let end: String
      if let month = date.month {
        end = String(format: "%04d-%02d-%02d", year, month, date.day ?? Self.lastDay(month))
      } else {
        end = String(format: "%04d-12-31", year)
      }
      _ = s
      out.append(Milestone(label: cue, start: nil, end: end, text: quote, quote: quote, span: span))
    }
    return out
  }

  /// 8月16日前 → (nil, Y-08-16); 8月16日—9月30日 → (Y-08-16, Y-09-30); 2021年10月 → month end.
  static func dateRange(_ text: String, year: Int?) -> (String?, String?)? {
    let parts = text.split(whereSeparator: { "—-–~～至到".contains($0) }).map(String.init)
    guard !parts.isEmpty, parts.count <= 2 else { return nil }
    var dates: [(Int, Int, Int?)] = []
    var currentYear = year
    for part in parts {
      guard let d = monthDay(part, year: currentYear) else { return nil }
      currentYear = d.0
      dates.append(d)
    }
    let iso = { (d: (Int, Int, Int?), end: Bool) -> String in
      String(format: "%04d-%02d-%02d", d.0, d.1, d.2 ?? (end ? lastDay(d.1) : 1))
    }
    if dates.count == 2 { return (iso(dates[0], false), iso(dates[1], true)) }
    let only = dates[0]
    if text.hasSuffix("前") || text.hasSuffix("以前") { return (nil, iso(only, true)) }
    if text.hasSuffix("后") || text.hasSuffix("起") { return (iso(only, false), nil) }
    return (iso(only, false), iso(only, true))
  }

  /// (year, month, day?) of 8月16日, 2021年8月16日, 十二月; nil without a month.
  private static func monthDay(_ text: String, year: Int?) -> (Int, Int, Int?)? {
    let s = Array(text.unicodeScalars)
    var i = 0
    var y = year
    if let (v, after) = DeadlineFinder.year(s, at: 0, end: s.count), after < s.count, s[after] == "年" {
      y = v
      i = after + 1
    }
    guard let yy = y, let (m, afterMonth) = DeadlineFinder.smallNumber(s, at: i, end: s.count), afterMonth < s.count,
      s[afterMonth] == "月", (1...12).contains(m)
    else { return nil }
    var day: Int? = nil
    if let (d, afterDay) = DeadlineFinder.smallNumber(s, at: afterMonth + 1, end: s.count), afterDay < s.count,
      s[afterDay] == "日" || s[afterDay] == "号"
    {
      day = d
    }
    return (yy, m, day)
  }

  static func lastDay(_ month: Int) -> Int {
    [1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31][month] ?? 31
  }
}
