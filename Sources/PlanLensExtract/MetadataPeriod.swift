import Foundation
import PlanLensModel
import PlanLensText

/// Reads a plan's period: from its title (十四五, （2024—2026年）, 到2025年, a one-year
/// 2021行动方案), else a range the text calls its own (规划期为…), else its horizon (到2025年),
/// else the issue year of a one-year scheme. Years inside a cited 《…》 never count.
struct MetadataPeriod: Sendable {
  let cues: MetadataCues

  func period(title: String, body: String, issueDate: String?, docType: String?) -> Period {
    let issueYear = issueDate.flatMap { Int($0.prefix(4)) }
    if let p = cues.planPeriods.first(where: { title.contains($0.name) }) {
      return Period(start: p.start, end: p.end)
    }
    if let range = Self.yearRange(in: title) { return range }
    if let end = Self.horizons(in: title).first { return Period(start: nil, end: end) }
    if let year = Self.singleYear(in: title) { return Period(start: year, end: year) }
    let own = Self.outsideCitations(body)
    if let range = ownRange(in: own) { return range }
    let horizons = Self.horizons(in: own).filter { y in issueYear.map { y >= $0 } ?? true }
    if let end = Self.mostFrequent(horizons) { return Period(start: nil, end: end) }
    if let year = issueYear, let kind = docType, cues.yearlyKinds.contains(where: kind.hasSuffix) {
      return Period(start: year, end: year)
    }
    return Period()
  }

  /// A year range right after a period cue: 规划期为2021—2025年.
  private func ownRange(in text: String) -> Period? {
    for cue in cues.periodCues {
      var from = text.startIndex
      while let r = text.byteRange(of: cue, from: from) {
        if let p = Self.yearRange(in: String(text[r.upperBound...].prefix(16))) { return p }
        from = r.upperBound
      }
    }
    return nil
  }

  /// The text with every 《…》 blanked out.
  static func outsideCitations(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var depth = 0
    for s in text.unicodeScalars {
      if s == "《" { depth += 1 }
      out.append(depth > 0 ? " " : s)
      if s == "》", depth > 0 { depth -= 1 }
    }
    return String(out)
  }

  /// The most frequent year, the first printed on a tie.
  static func mostFrequent(_ years: [Int]) -> Int? {
    var counts: [Int: Int] = [:]
    for y in years { counts[y, default: 0] += 1 }
    return years.max { a, b in
      let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
      return ca != cb ? ca < cb : (years.firstIndex(of: a) ?? 0) > (years.firstIndex(of: b) ?? 0)
    }
  }

  private static let horizonPattern = RegexBox(#"(?:到|至|在)\s*([0-9０-９]{4})\s*年"#)
  private static let yearRangePattern = RegexBox(
    #"([0-9０-９]{4})\s*年?\s*(?:—|－|-|–|~|～|至|到)+\s*([0-9０-９]{4})\s*年"#)
  /// A year standing alone in a title (数字某某2021行动方案), not a 2035年远景 or a date.
  private static let singleYearPattern = RegexBox(#"(?<![0-9０-９])([0-9０-９]{4})(?![0-9０-９])(?!年?远景)(?!年[0-9０-９]+月)"#)

  /// 到2025年 and 至2025年, in order.
  static func horizons(in text: String) -> [Int] {
    let ns = text as NSString
    return horizonPattern.regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
      integer(ns.substring(with: $0.range(at: 1)))
    }
  }

  /// （2024—2026年） and 2024年至2026年.
  static func yearRange(in text: String) -> Period? {
    let ns = text as NSString
    guard let m = yearRangePattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else {
      return nil
    }
    let year = { (i: Int) in integer(ns.substring(with: m.range(at: i))) }
    guard let s = year(1), let e = year(2), s <= e, e - s <= 15 else { return nil }
    return Period(start: s, end: e)
  }

  static func singleYear(in title: String) -> Int? {
    let ns = title as NSString
    let years = singleYearPattern.regex.matches(in: title, range: NSRange(location: 0, length: ns.length))
      .compactMap { integer(ns.substring(with: $0.range(at: 1))) }.filter { (1949...2100).contains($0) }
    return years.count == 1 ? years.first : nil
  }

  /// The value of half- or full-width digits.
  static func integer(_ s: String) -> Int? {
    var value = 0
    for u in s.unicodeScalars {
      guard let d = ScalarText.arabicDigit(u) else { return nil }
      value = value * 10 + d
    }
    return s.isEmpty ? nil : value
  }
}
