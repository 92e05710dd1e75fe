import PlanLensModel
import PlanLensText

/// Decides a quantity's comparator from the cues around its number (comparators.tsv): a cue
/// right after the number and unit (以上, 以内, 左右) wins over an infix (700余名), which wins over
/// the nearest cue before the number in its clause (不低于, 达到, 最高). No cue: an exact figure.
struct ComparatorResolver: Sendable {
  let cues: [ExtractionRules.ComparatorCue]

  /// The comparator, and the range of the text after the number that the cue took.
  func comparator(
    for number: NumberExpression, in s: TextScalars, clauseStart: Int, clauseEnd: Int
  ) -> (comparator: Comparator, afterEnd: Int, beforeCueStart: Int?) {
    // After: 以上, 及以上, 以下, 以内, 内, 左右.
    for cue in cues where cue.position == .after {
      let n = cue.cue.count
      if number.end + n <= clauseEnd, zip(cue.cue, s[number.end..<(number.end + n)]).allSatisfy({ $0 == $1 }) {
        let before = nearestBefore(number, s, clauseStart: clauseStart)
        return (cue.comparator, number.end + n, before?.start)
      }
    }
    if number.infix != nil, let infix = cues.first(where: { $0.position == .infix }) {
      return (infix.comparator, number.end, nearestBefore(number, s, clauseStart: clauseStart)?.start)
    }
    if let before = nearestBefore(number, s, clauseStart: clauseStart) {
      let isFull = number.value == 100 && number.unit == UnitLexicon.percent
      return ((isFull ? before.cue.at100 : nil) ?? before.cue.comparator, number.end, before.start)
    }
    return (.exactly, number.end, nil)
  }

  /// The nearest before-cue between the clause start and the number. A one-character cue (达, 约,
  /// 近) counts only right before the number.
  func nearestBefore(_ number: NumberExpression, _ s: TextScalars, clauseStart: Int)
    -> (cue: ExtractionRules.ComparatorCue, start: Int)?
  {
    var adjacent = number.start
    while adjacent > clauseStart, s[adjacent - 1] == " " { adjacent -= 1 }
    var end = adjacent
    while end > clauseStart {
      for cue in cues where cue.position == .before {
        let n = cue.cue.count
        let start = end - n
        guard start >= clauseStart, zip(cue.cue, s[start..<end]).allSatisfy({ $0 == $1 }) else { continue }
        if n == 1, end != adjacent { continue }
        return (cue, start)
      }
      end -= 1
    }
    return nil
  }
}
