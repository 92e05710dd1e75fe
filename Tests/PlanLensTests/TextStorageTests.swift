import PlanLensText
import Testing

/// How a document's text is held: two-byte scalars with astral ones aside, origin maps kept as
/// runs, sentences found over the stored code units.
@Suite("text storage")
struct TextStorageTests {
  /// A line with two scalars beyond the BMP (CJK Extension B), written for these tests.
  static let astralLine = "村里新建𠀀号活动室，配备𠀁台设备。"

  @Test("scalars beyond the BMP read back exactly, by index, as strings and as UTF-16")
  func astralScalars() {
    let s = TextScalars(Self.astralLine)
    #expect(s.count == Self.astralLine.unicodeScalars.count)
    #expect(s.hasAstralScalars)
    #expect(s[4] == "\u{20000}")
    #expect(s[12] == "\u{20001}")
    #expect(s[5] == "号")
    #expect(s.string(0..<s.count) == Self.astralLine)
    #expect(s.string(3..<6) == "建𠀀号")
    #expect(s.utf16 == Array(Self.astralLine.utf16))
    #expect(Array(s) == Array(Self.astralLine.unicodeScalars))
  }

  @Test("appending a range of another text carries its astral scalars to their new offsets")
  func appendingFromAnother() {
    let source = TextScalars(Self.astralLine)
    var copy = TextScalars("前言：")
    copy.append(from: source, 2..<8)
    #expect(copy.string(0..<copy.count) == "前言：新建𠀀号活动")
    #expect(copy[5] == "\u{20000}")
    var plain = TextScalars("甲")
    plain.append(from: source, 5..<8)
    #expect(!plain.hasAstralScalars)
    #expect(plain.string(0..<plain.count) == "甲号活动")
  }

  @Test("a cleaned text's origin map gives back its scalars as stretches of the source")
  func sourceStretches() {
    let source = "第一行正文。\n- 3 -\n第二行正文。"
    let text = MappedText(source: source)
    // Drop the page-number line (offsets 7..<13, its line break included).
    let cleaned = text.removing([7..<13])
    #expect(cleaned.string == "第一行正文。\n第二行正文。")
    let all = cleaned.origin.sourceStretches(0..<cleaned.count)
    #expect(all == [0..<7, 13..<19])
    let slicer = ScalarSlicer(source)
    #expect(all.map(slicer.slice).joined() == cleaned.string)
    // Part of the text, starting after the cut.
    #expect(cleaned.origin.sourceStretches(8..<10) == [14..<16])
    #expect(cleaned.origin.sourceStretches(3..<3) == [])
    #expect(cleaned.origin.firstIndex(atOrAfterSource: 10) == 7)
    #expect(cleaned.origin.firstIndex(atOrAfterSource: 14) == 8)
  }

  @Test("sentences over stored code units match sentences over a String, with and without astral scalars")
  func sentencesOverScalars() throws {
    let segmenter = TextSegmenter()
    for line in ["新建活动室十个。配备设备二十台！继续推进？", "前言\n" + Self.astralLine + "再建三处。"] {
      let s = TextScalars(line)
      let expected = try segmenter.sentences(in: line).map(\.range)
      #expect(try segmenter.sentenceRanges(in: s, 0..<s.count) == expected)
      // A range inside the text: offsets stay the text's own.
      let inner = 2..<s.count
      let shifted = try segmenter.sentences(in: s.string(inner)).map {
        ($0.range.lowerBound + 2)..<($0.range.upperBound + 2)
      }
      #expect(try segmenter.sentenceRanges(in: s, inner) == shifted)
    }
    #expect(try segmenter.sentenceRanges(in: TextScalars(""), 0..<0).isEmpty)
  }

  @Test("a text of many short sentences outgrows the first boundary buffer and is read whole")
  func manySentences() throws {
    let line = String(repeating: "好。", count: 3_000)
    let s = TextScalars(line)
    let ranges = try TextSegmenter().sentenceRanges(in: s, 0..<s.count)
    #expect(ranges.count == 3_000)
    #expect(ranges.last == (s.count - 2)..<s.count)
  }

  @Test("a scalar set answers for BMP and astral members alike, and for nothing else")
  func scalarSet() {
    let set = ScalarSet(["十", "万", "\u{20001}", "a"])
    for member: Unicode.Scalar in ["十", "万", "\u{20001}", "a"] { #expect(set.contains(member)) }
    for other: Unicode.Scalar in ["千", "b", "\u{20000}", "\u{0}", "\u{FFFF}", "\u{10FFFF}"] {
      #expect(!set.contains(other))
    }
    #expect(ChineseNumerals.isNumeral("亿") && ChineseNumerals.isNumeral("〇") && !ChineseNumerals.isNumeral("年"))
    #expect(ChineseNumerals.isSmallNumeral("十") && !ChineseNumerals.isSmallNumeral("百"))
  }

  @Test("BMP text of one-, two- and three-byte UTF-8 scalars reads back exactly, and squeezed")
  func bmpStrings() {
    let line = "A级\u{A0}café 养老\u{3000}床位\t95%\u{85}末"
    let s = TextScalars(line)
    #expect(!s.hasAstralScalars)
    #expect(s.string(0..<s.count) == line)
    #expect(s.string(2..<6) == "\u{A0}caf")
    #expect(s.squeezed(0..<s.count) == "A级café养老床位95%末")
    #expect(s.string(3..<3) == "" && s.squeezed(5..<5) == "")
  }

  @Test("a scalar set grows by union and insert, lists its members in order, and knows when empty")
  func scalarSetAlgebra() {
    var set: ScalarSet = ["，", "a"]
    set.insert("\u{20002}")
    let wider = set.union(["。", "a"])
    #expect(Array(wider) == ["a", "，", "。", "\u{20002}"].sorted { $0.value < $1.value })
    #expect(Array(set).count == 3 && !set.contains("。") && wider.contains("。"))
    #expect(ScalarSet([]).isEmpty && !set.isEmpty)
  }
}
