import PlanLensText

/// Finds responsibilities stated in running text rather than in a bracket:
/// 由A、B牵头负责，C、D等部门按照各自职责配合 (lead A, B; support C, D) and A会同B做好… (lead A,
/// support B). Every unit must look like an organisation, so ordinary clauses never fire.
struct ResponsibilitySentenceScanner {
  /// One sentence's units, as ranges of the normalised text.
  struct Statement {
    var lead: [Range<Int>]
    var support: [Range<Int>]
    var range: Range<Int>
    /// The plan itself is the subject (本规划由…负责).
    var planSubject: Bool
  }

  let cues: ResponsibilityCues
  let parser: ResponsibilityBracketParser
  /// Whether a unit (a range of the normalised text) names an organisation.
  let isOrganisation: (Range<Int>) -> Bool
  /// The longest leading part of a range that names a department, if any.
  let leadingName: (Range<Int>) -> Range<Int>?
  typealias S = ResponsibilityScalars

  /// The statements of `s`, skipping ranges already read as brackets.
  func scan(_ s: TextScalars, skipping taken: [Range<Int>]) -> [Statement] {
    var clauses = parser.clauses(s, 0..<s.count, at: ResponsibilityCues.clauseBreaks)
    var skipped = TakenRanges(taken)
    var out: [Statement] = []
    var previous: Range<Int>? = nil
    var current = clauses.next()
    var next = clauses.next()
    while let clause = current {
      if !skipped.overlaps(clause),
        let st = ledBy(s, clause, next: next) ?? joined(s, clause, previous: previous)
      {
        out.append(st)
      }
      previous = clause
      current = next
      next = clauses.next()
    }
    return out
  }

  /// 由A、B牵头负责 in `c`, with supporters in the `next` clause.
  private func ledBy(_ s: TextScalars, _ c: Range<Int>, next: Range<Int>?) -> Statement? {
    for p in c {
      guard let leadIn = cues.leadIns.first(where: { S.matches($0, in: s, at: p) }) else { continue }
      let from = p + leadIn.count
      guard let (q, verb) = firstRoleWord(s, from..<c.upperBound, roles: [.lead, .duty]) else { continue }
      let body = parser.stripping(cues.manners, fromEndOf: from..<q, in: s)
      let lead = parser.units(s, body)
      guard !body.isEmpty, !lead.isEmpty, lead.allSatisfy(isOrganisation) else { continue }
      let before = S.trimmed(c.lowerBound..<p, in: s)
      let subject = cues.planSubjects.first { S.ends(before, of: s, with: $0) }
      let start = subject.map { before.upperBound - $0.count } ?? p
      var end = q + verb.count
      var support: [Range<Int>] = []
      if let next, let (q2, verb2) = firstRoleWord(s, next, roles: [.support]) {
        let body2 = parser.stripping(cues.manners + cues.groupTails, fromEndOf: next.lowerBound..<q2, in: s)
        let units = parser.units(s, body2)
        if !units.isEmpty, units.allSatisfy(isOrganisation) {
          support = units
          end = q2 + verb2.count
        }
      }
      return Statement(lead: lead, support: support, range: start..<end, planSubject: subject != nil)
    }
    return nil
  }

  /// A会同B… in `c`: A leads (after a lead-in such as 设在, if any), B supports. When `c` starts
  /// with 会同, A is the `previous` clause (办公室设在市发改委，会同…).
  private func joined(_ s: TextScalars, _ c: Range<Int>, previous: Range<Int>?) -> Statement? {
    for p in c {
      guard let join = cues.joins.first(where: { S.matches($0, in: s, at: p) }) else { continue }
      let subject = S.trimmed(c.lowerBound..<p, in: s).isEmpty ? previous : nil
      let leadEnd = subject?.upperBound ?? p
      var from = subject?.lowerBound ?? c.lowerBound
      for k in from..<leadEnd {
        if let w = cues.leadIns.first(where: { S.matches($0, in: s, at: k) }) { from = k + w.count }
      }
      let lead = parser.units(s, from..<leadEnd)
      guard !lead.isEmpty, lead.allSatisfy(isOrganisation) else { return nil }
      var support = parser.units(s, (p + join.count)..<c.upperBound)
      guard let last = support.popLast(), let name = leadingName(last), support.allSatisfy(isOrganisation) else {
        return nil
      }
      support.append(name)
      return Statement(
        lead: lead, support: support, range: S.trimmed(from..<name.upperBound, in: s), planSubject: false)
    }
    return nil
  }

  /// The first role word with one of `roles` in `r` that is not part of a noun (负责同志).
  private func firstRoleWord(_ s: TextScalars, _ r: Range<Int>, roles: Set<ResponsibilityRole>)
    -> (Int, [Unicode.Scalar])?
  {
    for q in r {
      guard let (word, _) = cues.verbs.first(where: { roles.contains($0.role) && S.matches($0.word, in: s, at: q) })
      else { continue }
      if cues.falseVerbs.contains(where: { S.matches($0, in: s, at: q) }) { return nil }
      guard q + word.count <= r.upperBound else { return nil }
      return (q, word)
    }
    return nil
  }
}
