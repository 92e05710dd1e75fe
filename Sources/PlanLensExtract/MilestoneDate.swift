import Foundation
import PlanLensText

/// A date as a dated step writes it, read from just after its frame word: 2031年5月底,
/// 2031年年底, 5月上旬 (the year inferred), 2032年秋季学期, 2031年8月16日.
struct MilestoneDate: Sendable {
  var year: Int
  var start: (month: Int, day: Int)
  var end: (month: Int, day: Int)
  /// More specific than a year: a month, a part of the year or an end word (底).
  var isSpecific: Bool
  /// Closed by 前 / 以前 (…底前).
  var isClosed = false
  /// More than a bare year: specific, or closed by 前.
  var isMarked: Bool { isSpecific || isClosed }
  /// Scalars read, from the first digit to the end of the date (and its closing 前, if any).
  var range: Range<Int>

  var startISO: String { Self.iso(year, start) }
  var endISO: String { Self.iso(year, end) }

  /// How a dated step writes its date: Arabic digits, any four-digit year.
  static let numerals = WrittenDate.Numerals(years: 1000...9999, chineseYears: false, chineseDays: false)

  /// The date at `i`, read up to `limit`; a date without a year takes `year`.
  static func read(_ s: TextScalars, at i: Int, limit: Int, year inferred: Int?, cues: MilestoneCues)
    -> MilestoneDate?
  {
    let written = WrittenDate.read(s, at: i, limit: limit, numerals: numerals, requireYear: false)
    var j = written?.end ?? i
    let hasYear = written?.year != nil
    let year = written?.year ?? inferred
    let month = written?.month
    // Without a year or a month only a named part of the year counts (年底前 → the document's year).
    let yearPartOnly = !hasYear && month == nil && cues.yearParts.contains { matches($0.cue, s, at: j, limit: limit) }
    guard let y = year, hasYear || month != nil || yearPartOnly else { return nil }
    var date = MilestoneDate(year: y, start: (1, 1), end: (12, 31), isSpecific: month != nil, range: i..<j)
    if let m = month {
      date.start = (m, 1)
      date.end = (m, lastDay(y, m))
      if let d = written?.day {
        date.start = (m, d)
        date.end = (m, d)
      } else if let p = cues.monthParts.first(where: { matches($0.cue, s, at: j, limit: limit) }) {
        date.start = (m, p.start?.day ?? 1)
        date.end = (m, min(p.end?.day ?? lastDay(y, m), lastDay(y, m)))
        j += p.cue.count
      } else if let n = match(cues.unitEnds, s, at: j, limit: limit) {
        date.start = date.end
        j += n
      }
    } else if let p = cues.yearParts.first(where: { matches($0.cue, s, at: j, limit: limit) }) {
      date.start = p.start ?? p.end ?? date.start
      date.end = p.end ?? p.start ?? date.end
      date.isSpecific = true
      j += p.cue.count
    } else if let n = match(cues.unitEnds, s, at: j, limit: limit) {
      date.start = (12, 1)
      date.isSpecific = true
      j += n
    }
    if let n = match(cues.byClosers, s, at: j, limit: limit) {
      date.isClosed = true
      j += n
    }
    date.range = i..<j
    return date
  }

  /// The length of the first of `cues` found at `i`.
  static func match(_ cues: [[Unicode.Scalar]], _ s: TextScalars, at i: Int, limit: Int) -> Int? {
    cues.first { matches($0, s, at: i, limit: limit) }?.count
  }

  static func matches(_ cue: [Unicode.Scalar], _ s: TextScalars, at i: Int, limit: Int) -> Bool {
    ScalarText.hasPrefix(cue, in: s, at: i, end: limit)
  }

  static func lastDay(_ year: Int, _ month: Int) -> Int {
    CalendarDate.daysIn(month: month, year: year)
  }

  static func iso(_ year: Int, _ md: (month: Int, day: Int)) -> String {
    String(format: "%04d-%02d-%02d", year, md.month, md.day)
  }
}
