import PlanLensText
import Testing

@testable import PlanLensExtract

/// The clause cutter of the responsibility scanner and the cursor over ranges already read.
@Suite("clauses and taken ranges")
struct ClauseSequenceTests {
  static let cues: ResponsibilityCues = {
    do { return try ResponsibilityCues.standard(labels: []) } catch { fatalError("responsibility-cues.tsv: \(error)") }
  }()

  /// The clauses of `text`, written as the scanner reads it: after NFKC, so ( , ; for （ ， ；.
  private func clauses(_ text: String) -> [String] {
    let s = TextScalars(text)
    let sequence = ClauseSequence(text: s, range: 0..<s.count, breaks: [",", ";", "。"], cues: Self.cues)
    return sequence.map { s.string($0) }
  }

  @Test("clauses are cut at breaks outside brackets, and a bracket left open ends at its line")
  func cutting() {
    #expect(clauses("修建道路,完善管网。") == ["修建道路", "完善管网", ""])
    #expect(clauses("完善设施(区住建局,区水务局负责);推进改造") == ["完善设施(区住建局,区水务局负责)", "推进改造"])
    #expect(clauses("开展培训【区人社局,区教育局】,推进") == ["开展培训【区人社局,区教育局】", "推进"])
    #expect(clauses("开展培训(区人社局,\n区教育局,推进") == ["开展培训(区人社局,\n区教育局", "推进"])
    #expect(clauses("") == [""])
  }

  @Test("a cursor over taken ranges answers overlaps asked in text order")
  func takenRanges() {
    var taken = TakenRanges([20..<25, 3..<8, 40..<41])
    let asked: [(Range<Int>, Bool)] = [
      (0..<3, false), (2..<4, true), (8..<20, false), (10..<22, true), (25..<40, false), (40..<40, false),
      (39..<45, true), (41..<90, false),
    ]
    for (range, expected) in asked {
      let answer = taken.overlaps(range)
      #expect(answer == expected, "\(range)")
    }
  }
}
