import Foundation
import Testing

@testable import PlanLensText

@Suite("ICU text layer")
struct TextLayerTests {
  @Test("word segmentation splits Han text with the zh dictionary and covers it without gaps")
  func wordSegmentation() throws {
    let text = "到2025年，养老机构护理型床位占比不低于55%。"
    let words = try TextSegmenter().words(in: text)
    #expect(words.map(\.text).joined() == text)
    #expect(words.contains { $0.text == "养老" || $0.text == "养老机构" })
    #expect(words.first { $0.text == "2025" }?.kind == .number)
    #expect(words.first { $0.text == "，" }?.isWord == false)
  }

  @Test("sentence segmentation ends sentences at 。 and keeps offsets in scalars")
  func sentenceSegmentation() throws {
    let text = "𠀀建立制度。到2025年，覆盖率达到100%。"
    let sentences = try TextSegmenter().sentences(in: text)
    #expect(sentences.count == 2)
    #expect(sentences[0].text == "𠀀建立制度。")
    // 𠀀 is one scalar but two UTF-16 units: offsets count scalars.
    #expect(sentences[1].range.lowerBound == 6)
  }

  @Test("NFKC turns full-width forms into common ones and maps back to the source")
  func nfkcWithOffsets() throws {
    let source = "床位５万张，占比６０％（全区）"
    let normalized = try UnicodeNormalizer().nfkc(MappedText(source: source))
    #expect(normalized.string == "床位5万张,占比60%(全区)")
    // "60%" in the normalised text maps back to "６０％" in the source.
    let start = normalized.string.unicodeScalars.distance(
      from: normalized.string.unicodeScalars.startIndex,
      to: try #require(normalized.string.unicodeScalars.firstIndex(of: "6")))
    let back = normalized.sourceRange(start..<(start + 3))
    #expect(Array(source.unicodeScalars)[back].map(String.init).joined() == "６０％")
  }

  @Test("NFKC expansions share the origin of the scalar they came from")
  func nfkcExpansion() throws {
    let source = "面积20㎡以上"
    let normalized = try UnicodeNormalizer().nfkc(MappedText(source: source))
    #expect(normalized.string == "面积20m2以上")
    let m = 4
    #expect(normalized.sourceRange(m..<(m + 2)) == 4..<5)
  }

  @Test("cleaning removes bookmarks and page furniture and keeps source offsets")
  func cleaning() throws {
    let source =
      "[bookmark: _Toc803]第三章  主要任务\n正文。\n 抄送：区委各部门，区人大常委会办公室，\n区法院，区检察院，区人武部。\n泰安市泰山区人民政府办公室              2021年8月31日印发  \n"
    let cleaned = try TextCleaner.standard().clean(MappedText(source: source))
    #expect(cleaned.string.hasPrefix("第三章  主要任务\n正文。\n"))
    #expect(!cleaned.string.contains("抄送"))
    #expect(!cleaned.string.contains("印发"))
    #expect(cleaned.origin[0] == 19)
  }

  @Test("zh collation sorts names in pinyin order")
  func collation() throws {
    let collator = try ChineseCollator()
    #expect(collator.sorted(["青岛市", "济宁市", "聊城市", "泰安市"]) == ["济宁市", "聊城市", "青岛市", "泰安市"])
    #expect(collator.compare("兖州区", "兖州区") == 0)
  }

  @Test("Han is transliterated to Latin for slugs")
  func transliteration() throws {
    #expect(try Transliterator().slug("济宁市兖州区") == "ji-ning-shi-yan-zhou-qu")
  }

  @Test("charsets: GB18030 and UTF-16 decode to the same text as UTF-8")
  func charsets() throws {
    let text = "济宁市兖州区“十四五”养老服务发展规划\n第一章  发展背景\n"
    let decoder = CharsetDecoder()
    let gb = try #require(text.data(using: .init(rawValue: 0x8000_0632)))  // GB18030
    #expect(try decoder.decode(Array(gb)).text == text)
    var le: [UInt8] = []
    for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    #expect(try decoder.decode([0xFF, 0xFE] + le).text == text)
    var be: [UInt8] = []
    for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
    #expect(try decoder.decode(be).text == text)
    #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
  }

  @Test("short GB18030 text is read as GB18030, not as ICU's low-confidence guess")
  func shortGB18030() throws {
    let text = "一、总体要求\n"
    let gb = try #require(text.data(using: .init(rawValue: 0x8000_0632)))
    let decoded = try CharsetDecoder().decode(Array(gb))
    #expect(decoded.text == text)
    #expect(decoded.encoding == "GB18030")
    #expect(throws: TextError.self) { try CharsetDecoder().decode([0x80, 0xFF, 0x80, 0xFF]) }
  }

  @Test(
    "Chinese numerals",
    arguments: [
      ("十五", 15), ("一千二百", 1200), ("两", 2), ("二〇二五", 2025), ("三万五千", 35000), ("二十一", 21),
      ("一百零五", 105), ("十", 10),
    ])
  func chineseNumerals(text: String, value: Int) {
    #expect(ChineseNumerals.value(of: text) == value)
  }
}
