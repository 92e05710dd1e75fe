import Foundation
import PlanLensModel
import PlanLensText
import PropertyBased
import Testing

/// Properties over generated text: quotes are source slices; Chinese numerals round-trip with
/// ICU's spell-out.
@Suite("Properties")
struct PropertyTests {
  /// Pieces plans are made of, recombined at random.
  static let pieces = [
    "到2025年，", "全区", "养老机构护理型床位占比", "不低于", "55%", "。", "新增家庭养老床位", "３０００张", "以上",
    "[bookmark: _Toc1]", "（牵头单位：市民政局，参与单位：市财政局）", "\n", "1.", "（一）", "建设", "1处", "综合养老服务中心",
    "左右", "700余名", "５万张", "２０２６年年底前，", "𠀀", "　", "百分之六十", "每百户不低于20平方米",
  ]

  @Test("every quote equals the source slice of its span, on generated text")
  func quotesAreSlicesOnGeneratedText() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...40)) { indices in
      let body = indices.map { Self.pieces[$0] }.joined()
      let text = "某某区养老服务规划\n\n一、主要任务\n1.推进养老服务。" + body + "\n"
      guard let doc = try? TestSupport.extract(text) else {
        Issue.record("extraction failed on \(text)")
        return
      }
      for q in doc.quantities { #expect(TestSupport.slice(text, q.span) == q.quote) }
      for r in doc.responsibilities { #expect(TestSupport.slice(text, r.span) == r.quote) }
      for m in doc.milestones { #expect(TestSupport.slice(text, m.span) == m.quote) }
    }
  }

  @Test("every quote equals the source slice of its span, on the corpus", arguments: CorpusManifest.entries)
  func quotesAreSlicesOnCorpus(entry: CorpusManifest.Entry) throws {
    let text = try TestSupport.corpusText(entry.file)
    let doc = try TestSupport.extract(text, path: entry.file)
    #expect(!doc.quantities.isEmpty || !doc.responsibilities.isEmpty)
    for q in doc.quantities { #expect(TestSupport.slice(text, q.span) == q.quote) }
    for r in doc.responsibilities { #expect(TestSupport.slice(text, r.span) == r.quote) }
    for m in doc.milestones { #expect(TestSupport.slice(text, m.span) == m.quote) }
  }

  @Test("Chinese numerals round-trip with ICU's zh spell-out")
  func chineseNumeralsRoundTrip() async {
    let spellout = SpelloutNumbers()
    await propertyCheck(count: 300, input: Gen.int(in: 1...99_999_999)) { n in
      guard let written = try? spellout.format(Double(n)) else {
        Issue.record("ICU could not spell out \(n)")
        return
      }
      #expect(ChineseNumerals.value(of: written) == n, "\(n) → \(written)")
      #expect(spellout.parse(written)?.value == Double(n))
    }
  }
}
