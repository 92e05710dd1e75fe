import PlanLensText
import Testing

/// The shared text helpers of PlanLensText, each tested once here.
@Suite("text helpers")
struct TextHelperTests {
  @Test("squeezing removes every kind of whitespace, from strings and from scalar slices")
  func squeezing() {
    #expect("济南 市\u{3000}人民政府\n".squeezed == "济南市人民政府")
    let scalars = Array("  2021年 8月\t31日 ".unicodeScalars)
    #expect(ScalarText.squeezed(scalars[...]) == "2021年8月31日")
    #expect(ScalarText.squeezed(scalars[0..<2]) == "")
  }

  @Test("a scalar prefix matches only inside the text and before the end given")
  func prefixOverScalars() {
    let text = Array("到2025年底".unicodeScalars)
    #expect(ScalarText.hasPrefix(Array("2025".unicodeScalars), in: text, at: 1))
    #expect(!ScalarText.hasPrefix(Array("2025".unicodeScalars), in: text, at: 1, end: 4))
    #expect(!ScalarText.hasPrefix(Array("年底前".unicodeScalars), in: text, at: 5))
    #expect(!ScalarText.hasPrefix(Array("到".unicodeScalars), in: text, at: -1))
    #expect(ScalarText.hasPrefix([Unicode.Scalar](), in: text, at: 7))
  }

  @Test("Arabic digits are read half-width and full-width, nothing else")
  func arabicDigits() {
    #expect(ScalarText.arabicDigit("7") == 7)
    #expect(ScalarText.arabicDigit("７") == 7)
    #expect(ScalarText.arabicDigit("七") == nil)
    #expect(ScalarText.arabicDigit("a") == nil)
  }

  @Test("month lengths count leap years: every fourth year, not centuries, every fourth century")
  func monthLengths() {
    #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
    #expect(CalendarDate.daysIn(month: 2, year: 2025) == 28)
    #expect(CalendarDate.daysIn(month: 2, year: 1900) == 28)
    #expect(CalendarDate.daysIn(month: 2, year: 2000) == 29)
    #expect(CalendarDate.daysIn(month: 4, year: 2025) == 30)
    #expect(CalendarDate.daysIn(month: 12, year: 2025) == 31)
  }

  @Test("a date line is only a date, in Arabic or Chinese numerals")
  func dateLines() {
    #expect(CalendarDate.isDateLine("2021年8月31日"))
    #expect(CalendarDate.isDateLine("二〇二一年八月三十一日"))
    #expect(CalendarDate.isDateLine("２０２１年８月３１日"))
    #expect(!CalendarDate.isDateLine("2021年8月"))
    #expect(!CalendarDate.isDateLine("济宁市人民政府2021年8月31日"))
  }

  @Test("the bracketed title is what stands between the first 《 and the last 》")
  func bracketedTitles() {
    #expect("关于印发《济宁市养老服务体系建设方案》的通知".bracketedTitle == "济宁市养老服务体系建设方案")
    #expect("《关于〈十四五〉规划的方案》".bracketedTitle == "关于〈十四五〉规划的方案")
    #expect("《》".bracketedTitle == nil)
    #expect("没有书名号".bracketedTitle == nil)
  }

  @Test("the fast whitespace test agrees with Unicode's White_Space property on every scalar")
  func whitespaceTable() {
    var disagreements: [UInt32] = []
    for v in UInt32(0)...0x10FFFF {
      guard let s = Unicode.Scalar(v) else { continue }
      if ScalarText.isWhitespace(s) != s.properties.isWhitespace { disagreements.append(v) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    #expect(TextScalars(" 济南\u{3000}市\t人民政府\n").squeezed(0..<11) == "济南市人民政府")
  }

  @Test("a rule table's lines break at LF, CRLF and CR alike; fields lose spaces at their ends only")
  func ruleTableParsing() {
    let text = "# 注释\r\nunit\t 张 \t例：新建床位100张\r\n\r\n  \t\nverb\t牵头\u{3000}\rlast\tA B\n"
    let table = DataTable(name: "test.tsv", text: text)
    #expect(table.rows == [["unit", "张"], ["verb", "牵头"], ["last", "A B"]])
    #expect(table.examples == ["新建床位100张", nil, nil])
    #expect(table.lineNumbers == [2, 5, 6])
  }

  @Test("byte-wise search finds the first and the last occurrence, and from a given index")
  func byteRanges() {
    let text = "规划期为2021-2025年，规划期内"
    let first = text.byteRange(of: "规划期")
    #expect(first.map { String(text[$0.upperBound...]) } == "为2021-2025年，规划期内")
    let second = first.flatMap { text.byteRange(of: "规划期", from: $0.upperBound) }
    #expect(second.map { String(text[$0.upperBound...]) } == "内")
    #expect(text.lastByteRange(of: "规划期") == second)
    #expect(text.byteRange(of: "方案") == nil && text.lastByteRange(of: "方案") == nil)
  }

  @Test("the scalar newline test agrees with Character.isNewline on every single scalar")
  func newlineTable() {
    var disagreements: [UInt32] = []
    for v in UInt32(0)...0x10FFFF {
      guard let s = Unicode.Scalar(v) else { continue }
      if ScalarText.isNewline(s) != Character(s).isNewline { disagreements.append(v) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }
}
