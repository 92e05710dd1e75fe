import Foundation
import PlanLensDiff
import Testing

/// The diff against scripted edits of the corpus plans, the edit script being the ground truth.
@Suite("Diff: recovery of scripted edits")
struct DiffRecoveryTests {
  static let seeds: [UInt64] = [1, 2, 3, 4]

  /// Every kind of edit once, in an order the seed picks, on `file`.
  static func score(file: String, seed: UInt64) throws -> DiffEditScore {
    var editor = try DiffScriptedEditor(text: try TestSupport.corpusText(file), path: file, seed: seed)
    var order = DiffRandom(seed: seed &* 7919)
    for kind in DiffEditKind.allCases.shuffled(using: &order) { try editor.apply(kind) }
    let diff = try DiffTestSupport.differ.diff(
      old: DiffInput(document: editor.original, sourceText: editor.originalText),
      new: DiffInput(document: editor.draft, sourceText: editor.text))
    var score = DiffEditScore()
    score.add(editor.edits, diff: diff, newDocument: editor.draft)
    if score.recall < 1 || score.precision < 1 {
      print("seed \(seed) on \(file): \(score.figures)")
      for edit in editor.edits { print("    edit: \(edit)") }
    }
    return score
  }

  @Test("each corpus plan takes every kind of edit", arguments: DiffTestSupport.corpusFiles)
  func everyKindApplies(file: String) throws {
    var editor = try DiffScriptedEditor(text: try TestSupport.corpusText(file), path: file, seed: 11)
    for kind in DiffEditKind.allCases { #expect(try editor.apply(kind), "\(kind) on \(file)") }
    #expect(Set(editor.edits.map(\.kind)) == Set(DiffEditKind.allCases))
    #expect(editor.text != editor.originalText)
  }

  @Test("the diff recovers ≥ 95% of the edits with ≥ 95% precision over all five corpus plans")
  func recoveryOverCorpus() throws {
    var total = DiffEditScore()
    for file in DiffTestSupport.corpusFiles {
      var perFile = DiffEditScore()
      for seed in Self.seeds { perFile.merge(try Self.score(file: file, seed: seed)) }
      print("diff recovery \(file): \(perFile.figures)")
      for miss in perFile.misses { print("  missed: \(miss)") }
      for extra in perFile.unexplained { print("  unexplained: \(extra)") }
      #expect(perFile.edits >= 20, "\(file)")
      total.merge(perFile)
    }
    print("diff recovery, all: \(total.figures)")
    #expect(total.edits >= 100)
    #expect(total.recall >= 0.95, "\(total.figures)")
    #expect(total.precision >= 0.95, "\(total.figures)")
  }
}
