import PlanLensText

/// The clauses of a range of text, cut at break scalars (，；。) that stand outside brackets, in
/// order and one at a time. A bracket left open ends at its line.
struct ClauseSequence: Sequence, IteratorProtocol {
  let text: TextScalars
  let range: Range<Int>
  let breaks: ScalarSet
  let cues: ResponsibilityCues
  private var start: Int
  private var k: Int
  private var depth = 0
  private var finished = false

  init(text: TextScalars, range: Range<Int>, breaks: ScalarSet, cues: ResponsibilityCues) {
    self.text = text
    self.range = range
    self.breaks = breaks
    self.cues = cues
    start = range.lowerBound
    k = range.lowerBound
  }

  mutating func next() -> Range<Int>? {
    guard !finished else { return nil }
    while k < range.upperBound {
      let scalar = text[k]
      k += 1
      if cues.brackets[scalar] != nil {
        depth += 1
      } else if cues.closers.contains(scalar) {
        depth = Swift.max(0, depth - 1)
      } else if scalar == "\n" {
        depth = 0
      }
      if depth == 0, breaks.contains(scalar) {
        defer { start = k }
        return start..<(k - 1)
      }
    }
    finished = true
    return start..<range.upperBound
  }
}
