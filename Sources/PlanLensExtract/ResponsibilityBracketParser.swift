import PlanLensText

/// Reads the inside of a bracket as a list of clauses, each naming units with a role: by a
/// label (牵头单位：A、B；责任单位：C) or by a role word closing the clause (A、B牵头，C配合;
/// A、B按职责分工负责). A clause without either waits for the next role word, or continues the
/// label before it. A bracket holding anything else is no responsibility.
struct ResponsibilityBracketParser: Sendable {
  /// Units named with one role; `labelled` when a label (not a role word) named them.
  struct Segment: Equatable {
    var role: ResponsibilityRole
    var units: [Range<Int>]
    var labelled: Bool
  }

  /// What a bracket says.
  struct Parse {
    var segments: [Segment]
    /// The bracket states the first-listed rule (列第一位者为牵头部门).
    var statesFirstListed: Bool
  }

  let cues: ResponsibilityCues
  typealias S = ResponsibilityScalars

  /// Parses `content` (inside the brackets) of the normalised text `s`.
  func parse(_ s: TextScalars, _ content: Range<Int>) -> Parse? {
    var segments: [Segment] = []
    var pending: [Range<Int>] = []
    var labelled: Int? = nil
    var statesFirstListed = false
    for clause in clauses(s, content) {
      let c = S.trimmed(clause, in: s)
      if c.isEmpty { continue }
      if cues.firstListed.contains(where: { S.find($0, in: s, c) != nil }) {
        statesFirstListed = true
        continue
      }
      if cues.notes.contains(where: { $0.count == c.count && S.matches($0, in: s, at: c.lowerBound) }) { continue }
      if let (role, start) = label(at: c.lowerBound, in: s, before: c.upperBound) {
        guard pending.isEmpty else { return nil }
        // 责任单位：A、B按职责分工负责: the label gives the role, the role word is dropped.
        let rest = roleWordClause(s, start..<c.upperBound)?.1 ?? start..<c.upperBound
        segments.append(Segment(role: role, units: units(s, rest), labelled: true))
        labelled = segments.count - 1
      } else if let (role, body) = roleWordClause(s, c) {
        segments.append(Segment(role: role, units: pending + units(s, body), labelled: false))
        pending = []
        labelled = nil
      } else if let l = labelled {
        segments[l].units += units(s, c)
      } else {
        pending += units(s, c)
      }
    }
    guard pending.isEmpty, !segments.isEmpty, segments.allSatisfy({ !$0.units.isEmpty }) else { return nil }
    return Parse(segments: segments, statesFirstListed: statesFirstListed)
  }

  /// The clauses of `content`: cut at clause breaks, at a 、 or space that a label follows
  /// (牵头单位：市民政局、参与单位：市财政局; 牵头单位：市民政局 配合单位：市财政局), and before a
  /// bracketed label (【牵头单位】市民政局【配合单位】市财政局).
  private func clauses(_ s: TextScalars, _ content: Range<Int>) -> [Range<Int>] {
    split(s, content, at: ResponsibilityCues.clauseBreaks).flatMap { clause -> [Range<Int>] in
      var out: [Range<Int>] = []
      var start = clause.lowerBound
      for k in clause where k > start {
        if cues.brackets[s[k]] != nil, label(at: k, in: s, before: clause.upperBound) != nil {
          out.append(start..<k)
          start = k
        } else if s[k] == ResponsibilityCues.unitBreak || ScalarText.isWhitespace(s[k]) {
          let t = S.trimmed((k + 1)..<clause.upperBound, in: s)
          if label(at: t.lowerBound, in: s, before: t.upperBound) != nil {
            out.append(start..<k)
            start = t.lowerBound
          }
        }
      }
      out.append(start..<clause.upperBound)
      return out
    }
  }

  /// A label at `i` followed by a colon, or set in its own bracket (【牵头单位】): its role and
  /// where its units start.
  func label(at i: Int, in s: TextScalars, before end: Int) -> (ResponsibilityRole, Int)? {
    if i < end, let close = cues.brackets[s[i]] {
      for (word, role) in cues.labels where S.matches(word, in: s, at: i + 1) {
        let after = i + 1 + word.count
        if after < end, s[after] == close { return (role, after + 1) }
      }
      return nil
    }
    for (word, role) in cues.labels where S.matches(word, in: s, at: i) {
      var k = i + word.count
      while k < end, s[k] == " " { k += 1 }
      guard k < end, s[k] == ":" else { continue }
      return (role, k + 1)
    }
    return nil
  }

  /// A clause closed by a role word (A、B按职责分工负责): the role and the units' range, with
  /// manner phrases before the role word and a lead-in (由) dropped.
  func roleWordClause(_ s: TextScalars, _ c: Range<Int>) -> (ResponsibilityRole, Range<Int>)? {
    guard let (word, role) = cues.verbs.first(where: { S.ends(c, of: s, with: $0.word) }) else { return nil }
    var body = c.lowerBound..<(c.upperBound - word.count)
    body = stripping(cues.manners, fromEndOf: body, in: s)
    if let lead = cues.leadIns.first(where: { S.matches($0, in: s, at: body.lowerBound) }) {
      body = (body.lowerBound + lead.count)..<body.upperBound
    }
    body = S.trimmed(body, in: s)
    return body.isEmpty ? nil : (role, body)
  }

  /// `range` with any of `words` removed from its end, repeatedly.
  func stripping(_ words: [[Unicode.Scalar]], fromEndOf range: Range<Int>, in s: TextScalars) -> Range<Int> {
    var r = S.trimmed(range, in: s)
    while let w = words.first(where: { $0.count < r.count && S.ends(r, of: s, with: $0) }) {
      r = S.trimmed(r.lowerBound..<(r.upperBound - w.count), in: s)
    }
    return r
  }

  /// The units of a list: split on 、 outside nested brackets, trimmed, empty ones dropped.
  func units(_ s: TextScalars, _ range: Range<Int>) -> [Range<Int>] {
    split(s, range, at: [ResponsibilityCues.unitBreak]).map { S.trimmed($0, in: s) }.filter { !$0.isEmpty }
  }

  /// `range` cut at `breaks` that stand outside nested brackets.
  func split(_ s: TextScalars, _ range: Range<Int>, at breaks: ScalarSet) -> [Range<Int>] {
    Array(clauses(s, range, at: breaks))
  }

  /// The same clauses one at a time, so a whole document is never held as a list of them.
  func clauses(_ s: TextScalars, _ range: Range<Int>, at breaks: ScalarSet) -> ClauseSequence {
    ClauseSequence(text: s, range: range, breaks: breaks, cues: cues)
  }
}
