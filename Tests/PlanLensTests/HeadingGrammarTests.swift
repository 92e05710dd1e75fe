import PlanLensText
import Testing

@testable import PlanLensStructure

@Suite("Heading grammar: one test per numbering style, and the numbers that are not labels")
struct HeadingGrammarTests {
  let grammar: HeadingGrammar

  init() throws {
    grammar = try HeadingGrammar.standard()
  }

  private func label(_ line: String) -> (String, Int)? {
    let s = TextScalars(line)
    guard let l = grammar.label(in: s, at: 0, lineEnd: s.count) else { return nil }
    return (l.style.id, l.value)
  }

  @Test(
    "every style of the table is recognised with its number",
    arguments: [
      ("第一章  发展背景", "chapter", 1),
      ("第十二章 附则", "chapter", 12),
      ("第三节  发展目标", "section", 3),
      ("第二十一条 本办法自印发之日起施行。", "article", 21),
      ("二、主要任务", "han-dun", 2),
      ("十一、加强组织领导", "han-dun", 11),
      ("（一）指导思想", "han-paren", 1),
      ("(六)加强人才队伍建设", "han-paren", 6),
      ("1.建立老年人能力综合评估制度。建立全区统一的老年人能力评估制度", "arabic-dot", 1),
      ("12. 培育优质养老机构。", "arabic-dot", 12),
      ("3．完善社会救助和社会福利制度", "arabic-dot", 3),
      ("１．健全综合监管机制", "arabic-dot", 1),
      ("1、服务设施网络更加健全。", "arabic-dun", 1),
      ("（1）健全老年人能力评估制度", "arabic-paren", 1),
      ("(2)完善补贴制度", "arabic-paren", 2),
      ("①推进医养结合", "circled", 1),
    ])
  func recognisesStyle(line: String, style: String, value: Int) {
    let found = label(line)
    #expect(found?.0 == style)
    #expect(found?.1 == value)
  }

  @Test(
    "numbers that belong to a sentence are not labels",
    arguments: [
      "1.5万张床位已建成",
      "2025年，全区养老机构护理型床位占比不低于55%",
      "12349养老服务信息平台",
      "一是健全功能互补四级养老服务体系。",
      "5G技术应用",
      "60周岁及以上老年人",
      "3.%的比例",
      "十四五时期",
    ])
  func rejectsSentenceNumbers(line: String) {
    #expect(label(line) == nil)
  }

  @Test("a label needs a title after it")
  func labelNeedsTitle() {
    #expect(label("三、") == nil)
    #expect(label("（二）   ") == nil)
  }

  @Test("section titles stand alone or run in")
  func sectionTitles() {
    let standalone = TextScalars("总体要求")
    #expect(grammar.sectionTitle(in: standalone, line: 0..<standalone.count)?.runIn == false)
    let runIn = TextScalars("指导思想。以习近平新时代中国特色社会主义思想为指导")
    #expect(grammar.sectionTitle(in: runIn, line: 0..<runIn.count)?.runIn == true)
    let sentence = TextScalars("总体要求是推进养老服务发展。")
    #expect(grammar.sectionTitle(in: sentence, line: 0..<sentence.count) == nil)
  }
}
