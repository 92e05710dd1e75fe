import Foundation
import PlanLensDiff
import PlanLensModel
import PropertyBased
import Testing

/// Properties of the diff over random edit scripts on the corpus and random rewordings.
@Suite("Diff: properties")
struct DiffPropertyTests {
  /// Every provision of each version appears exactly once, and the counts add up.
  static func checkAccounting(_ diff: DocumentDiff, old: ExtractedDocument, new: ExtractedDocument) {
    #expect(diff.provisions.compactMap(\.old?.id).sorted() == old.provisions.map(\.id).sorted())
    #expect(diff.provisions.compactMap(\.new?.id) == new.provisions.map(\.id))
    let s = diff.summary
    #expect(s.unchanged + s.reworded + s.moved + s.removed == old.provisions.count)
    #expect(s.unchanged + s.reworded + s.moved + s.added == new.provisions.count)
    #expect(s.facts == diff.factChanges.count)
  }

  @Test("random edit scripts on corpus plans: each edit recovered, every provision accounted for, reverse mirrors")
  func randomEditScripts() async {
    let files = DiffTestSupport.corpusFiles
    var total = DiffEditScore()
    await propertyCheck(
      count: 16, input: Gen.int(in: 0...(files.count - 1)), Gen.int(in: 0...1_000_000),
      Gen.int(in: 0...(DiffEditKind.allCases.count - 1)).array(of: 1...5)
    ) { f, seed, kinds in
      do {
        var editor = try DiffScriptedEditor(
          text: try TestSupport.corpusText(files[f]), path: files[f], seed: UInt64(seed))
        for k in kinds { try editor.apply(DiffEditKind.allCases[k]) }
        let old = DiffInput(document: editor.original, sourceText: editor.originalText)
        let new = DiffInput(document: editor.draft, sourceText: editor.text)
        let diff = try DiffTestSupport.differ.diff(old: old, new: new)
        Self.checkAccounting(diff, old: editor.original, new: editor.draft)
        var score = DiffEditScore()
        score.add(editor.edits, diff: diff, newDocument: editor.draft)
        #expect(score.recall == 1, "\(files[f]) seed \(seed): missed \(score.misses)")
        total.merge(score)

        let back = try DiffTestSupport.differ.diff(old: new, new: old)
        #expect(back.summary.added == diff.summary.removed)
        #expect(back.summary.removed == diff.summary.added)
        #expect(
          back.summary.unchanged + back.summary.reworded + back.summary.moved == diff.provisions.count
            - diff.summary.added - diff.summary.removed)
      } catch {
        Issue.record("\(files[f]) seed \(seed): \(error)")
      }
    }
    print("diff recovery, random scripts: \(total.figures)")
    #expect(total.precision >= 0.95, "\(total.figures); unexplained: \(total.unexplained)")
  }

  /// Words and punctuation that plans are made of.
  static let words = [
    "养老", "服务", "机构", "建设", "推进", "社区", "，", "完善", "老年人", "医养结合", "照护", "、", "提升", "质量", "家庭",
    "床位", "居家", "发展", "支持", "体系", "农村", "保障", "智慧", "专业", "队伍",
  ]

  @Test("a reworded task's redline rebuilds both texts, reads delete-then-insert, and never repeats a run kind")
  func redlineRebuildsBothTexts() async {
    await propertyCheck(
      count: 60, input: Gen.int(in: 0...(Self.words.count - 1)).array(of: 10...40),
      Gen.int(in: 0...99_999).array(of: 1...4)
    ) { base, edits in
      var changed = base
      for e in edits {
        let at = e % max(changed.count, 1)
        let word = (e / 7) % Self.words.count
        switch e % 3 {
        case 0: changed.insert(word, at: at)
        case 1: if changed.count > 1 { changed.remove(at: at) }
        default: changed[at] = word
        }
      }
      let body = { (ids: [Int]) in ids.map { Self.words[$0] }.joined() + "。" }
      let plan = { (ids: [Int]) in "某某区养老服务方案\n\n一、主要任务\n1. 推进养老服务体系建设。" + body(ids) + "\n2. 加强人才队伍建设。培养养老护理员队伍。\n" }
      do {
        let diff = try DiffTestSupport.diff(plan(base), plan(changed))
        guard let change = diff.provisions.first(where: { $0.old?.label == "1." && $0.new?.label == "1." }) else {
          Issue.record("task 1 lost its pair: \(diff.summary)")
          return
        }
        let old = try #require(change.old)
        let new = try #require(change.new)
        #expect(change.textChanged == (old.body.filter { !$0.isWhitespace } != new.body.filter { !$0.isWhitespace }))
        guard change.textChanged else { return }
        #expect(change.runs.filter { $0.kind != .insert }.map(\.text).joined() == old.body)
        #expect(change.runs.filter { $0.kind != .delete }.map(\.text).joined() == new.body)
        for (a, b) in zip(change.runs, change.runs.dropFirst()) {
          #expect(a.kind != b.kind)
          #expect(!(a.kind == .insert && b.kind == .delete))
        }
        #expect(change.runs.allSatisfy { !$0.text.isEmpty })
      } catch {
        Issue.record("\(error)")
      }
    }
  }
}
