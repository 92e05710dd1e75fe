import PlanLensModel
import PlanLensText

/// Finds the dated steps of a plan: a task framed by a date word (各单位于2012年10月底前制定实施细则
/// → ends 2012-10-31; 自2022年秋季学期起，… → starts 2022-09-01). Per the annotation guide a step
/// carries no number (a dated numeric goal is a quantity), falls within the plan (not before the
/// document's year, not after the plan's end) and is dated otherwise than the plan's end.
struct MilestoneTaskFinder: Sendable {
  let cues: MilestoneCues
  /// The first scalars of the openers: at any other scalar no opener can start, so none is
  /// tried (nil when an opener is empty and fits everywhere).
  let openerStarts: ScalarSet?

  init(cues: MilestoneCues) {
    self.cues = cues
    let firsts = cues.openers.map(\.cue.first)
    openerStarts = firsts.contains(nil) ? nil : ScalarSet(firsts.compactMap { $0 })
  }

  static let sentenceEnds = Punctuation.sentenceEnds.union(Punctuation.lineBreaks)
  static let clauseEnds = Punctuation.pauses.union(Punctuation.colons)
  /// Signs that a clause states a number: a digit (besides the date) or a percent sign.
  static let numberSigns = Punctuation.percentSigns

  func find(_ doc: DocumentText) -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    // The cover notice's own deadlines (请于…前反馈意见) are not the plan's steps.
    let bodyStart = doc.normalized.index(atSource: (doc.outline.titleBlock ?? doc.outline.notice).map(\.end) ?? 0)
    var sentenceStart = bodyStart
    for i in bodyStart...s.count where i == s.count || Self.sentenceEnds.contains(s[i]) {
      let sentence = sentenceStart..<i
      sentenceStart = i + 1
      guard !sentence.isEmpty else { continue }
      let text = s.string(sentence)
      if cues.skips.contains(where: text.includes) { continue }
      out += steps(in: sentence, of: doc)
    }
    return out
  }

  /// The dated steps of one sentence.
  private func steps(in sentence: Range<Int>, of doc: DocumentText) -> [Milestone] {
    let s = doc.normalized.scalars
    var out: [Milestone] = []
    var p = sentence.lowerBound
    while p < sentence.upperBound {
      if let step = subjectStep(at: p, in: sentence, of: doc) {
        out.append(step.milestone)
        p = step.end
        continue
      }
      guard openerStarts?.contains(s[p]) ?? true,
        let opener = cues.openers.first(where: { MilestoneDate.matches($0.cue, s, at: p, limit: sentence.upperBound) }),
        !endsWord(opener, at: p, in: sentence, s),
        let date = MilestoneDate.read(
          s, at: p + opener.cue.count, limit: sentence.upperBound, year: doc.documentYear, cues: cues)
      else {
        p += 1
        continue
      }
      let clause = clauseRange(around: p, in: sentence, s)
      var frameEnd = date.range.upperBound
      if opener.startsStep {
        guard let close = closer(after: frameEnd, in: clause, s) else {
          p = frameEnd
          continue
        }
        frameEnd = close
      } else if opener.needsMarker && !date.isMarked {
        p = frameEnd
        continue
      }
      if let step = step(opener: opener, date: date, frame: p..<frameEnd, clause: clause, sentence: sentence, doc) {
        out.append(step)
      }
      p = frameEnd
    }
    return out
  }

  /// The opener of a date framed by its subject alone.
  static let subjectOpener = MilestoneCues.Opener(cue: [], startsStep: false, needsMarker: true)

  /// A step whose date follows its subject directly, names a month or a part of the year and
  /// closes with 前 (各县区2031年9月底前完成验收); a bare year there (2000年前建成的) dates a past.
  private func subjectStep(at p: Int, in sentence: Range<Int>, of doc: DocumentText) -> (
    milestone: Milestone, end: Int
  )? {
    let s = doc.normalized.scalars
    guard cues.subjectFrames, p > sentence.lowerBound, ScalarText.arabicDigit(s[p]) != nil,
      ScalarText.arabicDigit(s[p - 1]) == nil, s[p - 1].properties.isIdeographic || s[p - 1] == ")",
      cues.openers.allSatisfy({
        p - $0.cue.count < sentence.lowerBound || !MilestoneDate.matches($0.cue, s, at: p - $0.cue.count, limit: p)
      }),
      let date = MilestoneDate.read(s, at: p, limit: sentence.upperBound, year: doc.documentYear, cues: cues),
      date.isClosed, date.isSpecific
    else { return nil }
    let clause = clauseRange(around: p, in: sentence, s)
    guard
      let m = step(
        opener: Self.subjectOpener, date: date, frame: p..<date.range.upperBound, clause: clause, sentence: sentence,
        doc)
    else { return nil }
    return (m, date.range.upperBound)
  }

  /// A milestone for a frame, when its task carries no number and its date suits the plan.
  private func step(
    opener: MilestoneCues.Opener, date: MilestoneDate, frame: Range<Int>, clause: Range<Int>, sentence: Range<Int>,
    _ doc: DocumentText
  ) -> Milestone? {
    let s = doc.normalized.scalars
    if let current = doc.currentYear, date.year < current { return nil }
    if let planEnd = doc.meta.period.end {
      if date.year > planEnd { return nil }
      if !opener.startsStep, date.endISO == MilestoneDate.iso(planEnd, (12, 31)) { return nil }
    }
    let subject = clause.lowerBound..<frame.lowerBound
    var task = trimmed(frame.upperBound..<clause.upperBound, s)
    // A date standing in a clause of its own governs the rest of the sentence.
    if task.isEmpty { task = trimmed(frame.upperBound..<sentence.upperBound, s) }
    guard !task.isEmpty else { return nil }
    let inner = date.range.upperBound..<frame.upperBound
    let statesNumber = { (c: Unicode.Scalar) in ScalarText.arabicDigit(c) != nil || Self.numberSigns.contains(c) }
    if [subject, task, inner].contains(where: { s[$0].contains(where: statesNumber) }) { return nil }
    let label = doc.printed(trimmed(subject, s)) + doc.printed(task)
    let (quote, span) = doc.quote(frame)
    return Milestone(
      label: label, start: opener.startsStep ? date.startISO : nil, end: opener.startsStep ? nil : date.endISO,
      text: quote, quote: quote, span: span)
  }

  /// Whether the opener at `p` is the tail of a longer word (关于, 达到).
  private func endsWord(_ opener: MilestoneCues.Opener, at p: Int, in sentence: Range<Int>, _ s: TextScalars)
    -> Bool
  {
    cues.words.contains { word in
      let start = p + opener.cue.count - word.count
      return start >= sentence.lowerBound && word.count > opener.cue.count
        && MilestoneDate.matches(word, s, at: start, limit: sentence.upperBound)
    }
  }

  /// The comma clause holding `p`.
  private func clauseRange(around p: Int, in sentence: Range<Int>, _ s: TextScalars) -> Range<Int> {
    var lo = p
    while lo > sentence.lowerBound, !Self.clauseEnds.contains(s[lo - 1]) { lo -= 1 }
    var hi = p
    while hi < sentence.upperBound, !Self.clauseEnds.contains(s[hi]) { hi += 1 }
    return lo..<hi
  }

  /// The end of a closing 起 / 开始 after `i` in the clause.
  private func closer(after i: Int, in clause: Range<Int>, _ s: TextScalars) -> Int? {
    for j in i..<clause.upperBound {
      if let n = MilestoneDate.match(cues.fromClosers, s, at: j, limit: clause.upperBound) { return j + n }
    }
    return nil
  }

  /// `r` without spaces and clause punctuation at either end.
  private func trimmed(_ r: Range<Int>, _ s: TextScalars) -> Range<Int> {
    ScalarText.trimmed(r, in: s) { c in
      ScalarText.isWhitespace(c) || Self.clauseEnds.contains(c) || c == Punctuation.listSeparator
    }
  }
}
