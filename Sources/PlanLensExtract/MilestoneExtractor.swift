import Foundation
import PlanLensModel
import PlanLensText

/// Finds the milestones of a plan: dated phases of a work schedule (谋划启动阶段（8月16日前）),
/// planned reviews (2023年，对规划实施情况进行中期评估) and dated steps of the implementation
/// (各单位于2012年10月底前制定实施细则). A month and day without a year take the document's year.
struct MilestoneExtractor: Sendable {
  let cues: MilestoneCues
  /// What makes a date an end (前, 以前) or a start (后, 起): deadline-cues.tsv's before and
  /// startsAfter words.
  let ends: [String]
  let starts: [String]
  /// What joins the two dates of a phase (8月16日—9月30日, 8月至9月).
  let joiners: ScalarSet
  /// What a phase's dates are written with besides numerals: 年月日号, the end, before and
  /// after words of deadline-cues.tsv (底, 前, 后, 起), the joiners and spaces.
  let dateScalars: ScalarSet

  init(cues: MilestoneCues, deadlineCues: DeadlineCues, joiners: RangeJoiners) {
    self.cues = cues
    let text = { (kind: String) in deadlineCues.words(kind).map { String(String.UnicodeScalarView($0)) } }
    ends = text("before")
    starts = text("startsAfter")
    self.joiners = joiners.all
    let cueScalars = ["monthEnd", "before", "startsAfter"].flatMap { deadlineCues.words($0).joined() }
    dateScalars = WrittenDate.lineMarks.union(WrittenDate.dayMarks).union(joiners.all).union(cueScalars).union([" "])
  }

  /// An extractor with the cues of `milestone-cues.tsv`.
  init(cues: MilestoneCues) throws {
    self.init(cues: cues, deadlineCues: try DeadlineCues.standard(), joiners: try RangeJoiners.standard())
  }

  /// An extractor with the cues of `milestone-cues.tsv`.
  init() throws {
    try self.init(cues: MilestoneCues.standard())
  }

  /// Clause breaks for reviews: each review names its own year (2023年，中期评估；2025年，全面评估).
  static let clauseEnds = Punctuation.sentenceEnds.union(Punctuation.lineBreaks)

  func extract(_ doc: DocumentText) throws -> [Milestone] {
    var out = phases(doc)
    out += reviews(doc)
    // A dated step that is also a phase or a review is reported once, as that.
    for step in MilestoneTaskFinder(cues: cues).find(doc)
    where !out.contains(where: { $0.span.start < step.span.end && step.span.start < $0.span.end }) {
      out.append(step)
    }
    return out.sorted { $0.span.start < $1.span.start }
  }

  /// X阶段(dates) or X阶段：dates: the label is the run of Han characters before the cue's
  /// bracket or colon, the dates inside the bracket or up to the clause end.
  private func phases(_ doc: DocumentText) -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    for cue in cues.phases {
      let c = Array(cue.unicodeScalars)
      var i = 0
      while i + c.count < s.count {
        defer { i += 1 }
        guard MilestoneDate.matches(c, s, at: i, limit: s.count), let inner = phaseDates(s, after: i + c.count)
        else { continue }
        var labelStart = i
        while labelStart > 0, s[labelStart - 1].properties.isIdeographic { labelStart -= 1 }
        guard let (start, end) = dateRange(ScalarText.string(s[inner]), year: doc.documentYear) else {
          continue
        }
        let (quote, span) = doc.quote(inner)
        out.append(
          Milestone(
            label: ScalarText.string(s[labelStart..<(i + c.count)]), start: start, end: end, text: quote,
            quote: quote, span: span))
      }
    }
    return out
  }

  /// The dates after a phase cue at `open`: inside a bracket closing before the clause ends, or
  /// after a colon up to the clause end when the clause holds nothing but dates.
  private func phaseDates(_ s: TextScalars, after open: Int) -> Range<Int>? {
    guard open < s.count else { return nil }
    if Punctuation.roundOpen.contains(s[open]) {
      var close = open + 1
      while close < s.count, !Punctuation.roundClose.contains(s[close]), !Punctuation.roundOpen.contains(s[close]),
        !Self.clauseEnds.contains(s[close])
      {
        close += 1
      }
      return close < s.count && Punctuation.roundClose.contains(s[close]) ? (open + 1)..<close : nil
    }
    guard Punctuation.colons.contains(s[open]) else { return nil }
    var end = open + 1
    while end < s.count, !Self.clauseEnds.contains(s[end]), !Punctuation.pauses.contains(s[end]) { end += 1 }
    let dates = (open + 1)..<end
    let onlyDates = s[dates].allSatisfy {
      ScalarText.arabicDigit($0) != nil || ChineseNumerals.isNumeral($0) || dateScalars.contains($0)
    }
    return !dates.isEmpty && onlyDates ? dates : nil
  }

  /// Clauses with a review cue and a year: the review is due by the end of that year (or month).
  private func reviews(_ doc: DocumentText) -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    var clauseStart = 0
    // A clause holding none of the cues' first scalars holds no cue: it is not made a String.
    let firsts = cues.reviews.map(\.unicodeScalars.first)
    let cueStarts = firsts.contains(nil) ? nil : ScalarSet(firsts.compactMap { $0 })
    for i in 0...s.count where i == s.count || Self.clauseEnds.contains(s[i]) {
      let clause = clauseStart..<i
      clauseStart = i + 1
      if let cueStarts, !s[clause].contains(where: cueStarts.contains) { continue }
      let text = ScalarText.string(s[clause])
      guard let cue = cues.reviews.first(where: text.includes),
        let date = DateExpression.all(in: text).first, let year = date.year
      else { continue }
      let range = (clause.lowerBound + date.range.lowerBound)..<(clause.lowerBound + date.range.upperBound)
      let (quote, span) = doc.quote(range)
      let end: String
      if let month = date.month {
        end = MilestoneDate.iso(year, (month, date.day ?? MilestoneDate.lastDay(year, month)))
      } else {
        end = MilestoneDate.iso(year, (12, 31))
      }
      out.append(Milestone(label: cue, start: nil, end: end, text: quote, quote: quote, span: span))
    }
    return out
  }

  /// 8月16日前 → (nil, Y-08-16); 8月16日—9月30日 → (Y-08-16, Y-09-30); 2021年10月 → month end.
  func dateRange(_ text: String, year: Int?) -> (String?, String?)? {
    let parts = text.split(whereSeparator: {
      $0.unicodeScalars.count == 1 && $0.unicodeScalars.allSatisfy(joiners.contains)
    }).map(String.init)
    guard !parts.isEmpty, parts.count <= 2 else { return nil }
    var dates: [(Int, Int, Int?)] = []
    var currentYear = year
    for part in parts {
      guard let d = Self.monthDay(part, year: currentYear) else { return nil }
      currentYear = d.0
      dates.append(d)
    }
    let iso = { (d: (Int, Int, Int?), end: Bool) -> String in
      MilestoneDate.iso(d.0, (d.1, d.2 ?? (end ? MilestoneDate.lastDay(d.0, d.1) : 1)))
    }
    if dates.count == 2 { return (iso(dates[0], false), iso(dates[1], true)) }
    let only = dates[0]
    if ends.contains(where: text.hasSuffix) { return (nil, iso(only, true)) }
    if starts.contains(where: text.hasSuffix) { return (iso(only, false), nil) }
    return (iso(only, false), iso(only, true))
  }

  /// (year, month, day?) of 8月16日, 2021年8月16日, 十二月; nil without a month.
  private static func monthDay(_ text: String, year: Int?) -> (Int, Int, Int?)? {
    let s = TextScalars(text)
    guard
      let date = WrittenDate.read(s, at: 0, limit: s.count, numerals: DeadlineFinder.numerals, requireYear: false),
      let y = date.year ?? year, let m = date.month
    else { return nil }
    return (y, m, date.day)
  }
}
