import PlanLensText
import Testing

@testable import PlanLensExtract

/// The tagging pass under the indicator cutter: ICU words joined by the lexicon, tagged from the
/// rule tables and from the spans other scanners found. Sentences are our own.
@Suite("Clause tagger: ICU words joined by the lexicon and tagged")
struct ClauseTaggerTests {
  private func tag(_ text: String, lexicon: WordLexicon, marks: [ClauseTagger.Mark] = []) -> (
    TextScalars, TaggedSentence
  ) {
    let s = TextScalars(text)
    return (s, ClauseTagger(lexicon: lexicon).tag(s, 0..<s.count, marks: marks))
  }

  private func range(of word: String, in text: String) throws -> Range<Int> {
    let s = TextScalars(text)
    let w = Array(word.unicodeScalars)
    let start = try #require(s.indices.first { i in i + w.count <= s.count && Array(s[i..<(i + w.count)]) == w })
    return start..<(start + w.count)
  }

  @Test func lexiconWordsSplitByICUBecomeOneWord() {
    var lexicon = WordLexicon()
    lexicon.add("牵头", .role)
    lexicon.add("配合", .role)
    lexicon.add("区文旅局", .department)
    let (_, sentence) = tag("由区文旅局牵头，各街道配合推进", lexicon: lexicon)
    let department = sentence.words.first { $0.text == "区文旅局" }
    #expect(department?.tags.contains(.department) == true, "\(sentence.words.map(\.text))")
    #expect(sentence.words.contains { $0.text == "牵头" && $0.tags.contains(.role) }, "\(sentence.words.map(\.text))")
    #expect(sentence.words.contains { $0.text == "配合" && $0.tags.contains(.role) }, "\(sentence.words.map(\.text))")
  }

  @Test func wordsCoverTheSentenceWithoutGaps() {
    var lexicon = WordLexicon()
    lexicon.add("新建", .verb)
    let text = "全镇新建口袋公园12个，改造健身步道8公里。"
    let (s, sentence) = tag(text, lexicon: lexicon)
    #expect(sentence.words.first?.range.lowerBound == 0)
    #expect(sentence.words.last?.range.upperBound == s.count)
    #expect(zip(sentence.words, sentence.words.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
    #expect(sentence.words.map(\.text).joined() == text)
  }

  @Test func spansOfOtherScannersMarkTheirWords() throws {
    let text = "到2027年建成城市书房45处"
    let marks = [
      ClauseTagger.Mark(range: try range(of: "到2027年", in: text), tags: .time),
      .init(range: try range(of: "45", in: text), tags: .number),
      .init(range: try range(of: "处", in: text), tags: .unit),
    ]
    let (_, sentence) = tag(text, lexicon: WordLexicon(), marks: marks)
    #expect(sentence.words.first { $0.text == "45" }?.tags.contains(.number) == true)
    #expect(sentence.words.last?.tags.contains(.unit) == true)
    #expect(sentence.words.filter { $0.tags.contains(.time) }.map(\.text).joined() == "到2027年")
    #expect(sentence.words.first { $0.text.contains("书房") }?.tags.isEmpty == true)
  }

  @Test func aClippedWordIsTaggedAsWhatIsLeft() throws {
    var lexicon = WordLexicon()
    lexicon.add("区文旅局", .department)
    lexicon.add("文旅局", .verb)  // a made-up entry, to see the clipped word re-tagged
    let text = "由区文旅局负责"
    let (s, sentence) = tag(text, lexicon: lexicon)
    let inner = try range(of: "文旅局负责", in: text)
    let words = sentence.words(in: inner, of: s)
    #expect(words.first?.text == "文旅局")
    #expect(words.first?.tags.contains(.verb) == true)
    #expect(words.first?.tags.contains(.department) == false)
  }

  @Test func aWordMadeOfStopWordsOfOneEdgeIsAStopWordOfThatEdge() {
    var lexicon = WordLexicon()
    lexicon.add("可", .leadStop)
    lexicon.add("在", .leadStop)
    lexicon.add("左右", .trailStop)
    #expect(lexicon.tags(of: "可在").contains(.leadStop))
    #expect(!lexicon.tags(of: "可在").contains(.trailStop))
    #expect(lexicon.tags(of: "可行").isEmpty)
  }

  @Test func theShippedLexiconTagsEachKindOfItsTables() throws {
    let lexicon = try ExtractionRules.standard().lexicon
    #expect(lexicon.tags(of: "力争").contains(.leadStop))
    #expect(lexicon.tags(of: "配备").contains(.verb))
    #expect(lexicon.tags(of: "按照").contains(.preposition))
    #expect(lexicon.tags(of: "以及").contains(.conjunction))
    #expect(lexicon.tags(of: "用于").contains(.purpose))
    #expect(lexicon.tags(of: "牵头").contains(.role))
    #expect(lexicon.tags(of: "不低于").contains(.comparator))
  }
}
