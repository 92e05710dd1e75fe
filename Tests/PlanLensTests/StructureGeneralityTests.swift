import Foundation
import Testing

@testable import PlanLensStructure
@testable import PlanLensText

@Suite("Structure in plans of any field: contents, boxes, page numbers, years in titles, attachments")
struct StructureGeneralityTests {
  static let furnitureTable: DataTable = {
    do {
      return try OutlineFurniture.table()
    } catch { fatalError("outline-furniture.tsv: \(error)") }
  }()

  static let cleaningTable: DataTable = {
    do {
      return try TextCleaner.rulesTable()
    } catch { fatalError("cleaning-rules.tsv: \(error)") }
  }()

  @Test("every row of outline-furniture.tsv and cleaning-rules.tsv has an example")
  func everyRowHasAnExample() {
    for table in [Self.furnitureTable, Self.cleaningTable] {
      for (i, example) in table.examples.enumerated() {
        #expect(example?.isEmpty == false, "\(table.name) line \(table.lineNumbers[i]) has no 例：")
      }
    }
  }

  @Test("each leader row marks its example as a contents entry")
  func leaderRowsFire() throws {
    let furniture = try OutlineFurniture.standard()
    let contents = TableOfContents(furniture: furniture)
    for (i, row) in Self.furnitureTable.rows.enumerated() where row.first == "leader" {
      let example = try #require(Self.furnitureTable.examples[i])
      let s = TextScalars(example)
      #expect(contents.hasLeader(s, 0..<s.count), "leader \(row[1]): \(example)")
    }
    // A sentence ending in a number has no leader.
    let sentence = TextScalars("全市新建养老机构12")
    #expect(!contents.hasLeader(sentence, 0..<sentence.count))
  }

  @Test("each toc-title row opens a table of contents whose entries are not headings")
  func tocTitleRowsFire() throws {
    for (i, row) in Self.furnitureTable.rows.enumerated() where row.first == "toc-title" {
      let title = try #require(Self.furnitureTable.examples[i])
      let outline = TestSupport.outline(
        """
        某某市林业发展规划
        \(title)
        一、发展基础  1
        二、重点任务  4

        一、发展基础
        全市森林覆盖率稳步提高。
        二、重点任务
        加强森林资源保护。
        """)
      #expect(TestSupport.tree(outline) == ["1 一、发展基础", "1 二、重点任务"], "\(row[1])")
    }
  }

  @Test("contents entries with leaders are dropped wherever they stand")
  func leaderEntries() {
    let outline = TestSupport.outline(
      """
      某某省水利改革发展规划

      一、现状与形势..........1
      （一）发展成就……………2
      二、主要任务·········3
      一、现状与形势
      （一）发展成就
      水利基础设施不断完善。
      二、主要任务
      """)
    #expect(TestSupport.tree(outline) == ["1 一、现状与形势", "2 （一）发展成就", "1 二、主要任务"])
  }

  @Test("a contents entry wrapped over two lines is dropped whole")
  func wrappedEntries() {
    let outline = TestSupport.outline(
      """
      某某省海洋经济发展规划

      目  录
      一、发展基础……………………1
      二、推进陆海统筹，构建现代海洋
      产业体系……………………………3
      三、保障措施
        ……………………………………9
      一、发展基础
      海洋经济总量稳步增长。
      二、推进陆海统筹，构建现代海洋产业体系
      三、保障措施
      """)
    #expect(
      TestSupport.tree(outline) == ["1 一、发展基础", "1 二、推进陆海统筹，构建现代海洋产业体系", "1 三、保障措施"])
  }

  @Test("each box row opens an inset box whose numbered lines are not headings")
  func boxRowsFire() throws {
    for (i, row) in Self.furnitureTable.rows.enumerated() where row.first == "box" {
      let box = try #require(Self.furnitureTable.examples[i])
      let outline = TestSupport.outline(
        """
        一、重点任务
        （一）完善交通网络
        加快干线公路建设。
        \(box)
        1.干线公路提升工程
        2.农村公路养护工程
        （二）提升运输服务
        发展多式联运。
        """)
      #expect(
        TestSupport.tree(outline) == ["1 一、重点任务", "2 （一）完善交通网络", "2 （二）提升运输服务"], "\(row[1])")
    }
  }

  @Test("a box's numbering does not swallow the outline's own next item")
  func boxEndsAtOutline() {
    let outline = TestSupport.outline(
      """
      1.建设数据中心
      推进算力设施布局。
      专栏2 算力工程
      1.超算中心
      2.边缘节点
      2.完善网络设施
      """)
    #expect(TestSupport.tree(outline) == ["1 1.建设数据中心", "1 2.完善网络设施"])
  }

  @Test(
    "a title may open with a year or a number after a han or bracketed label",
    arguments: [
      ("一、2016年工作回顾", "han-dun", 1),
      ("（二）5G网络建设", "han-paren", 2),
      ("第三章 2030年远景目标", "chapter", 3),
      ("（3）3D打印产业", "arabic-paren", 3),
      ("1. 2016年工作回顾", "arabic-dot", 1),
    ])
  func yearOpensTitle(line: String, style: String, value: Int) throws {
    let grammar = try HeadingGrammar.standard()
    let s = TextScalars(line)
    let label = grammar.label(in: s, at: 0, lineEnd: s.count)
    #expect(label?.style.id == style)
    #expect(label?.value == value)
  }

  @Test("a bare Arabic number followed by digits is still a number", arguments: ["1.5万张床位", "2、3年内完成", "3.2016年以来"])
  func bareArabicBeforeDigits(line: String) throws {
    let grammar = try HeadingGrammar.standard()
    let s = TextScalars(line)
    #expect(grammar.label(in: s, at: 0, lineEnd: s.count) == nil)
  }

  @Test("headings opening with a year are placed in the tree")
  func yearHeadingsInTree() {
    let outline = TestSupport.outline(
      """
      一、2016年工作回顾
      （一）5G网络建设
      基站建设全面铺开。
      二、2017年工作安排
      """)
    #expect(TestSupport.tree(outline) == ["1 一、2016年工作回顾", "2 （一）5G网络建设", "1 二、2017年工作安排"])
  }

  @Test("a sub-numbering that runs on across sections stays under each section")
  func runOnSubNumbering() {
    let outline = TestSupport.outline(
      """
      一、总体要求
      （一）指导思想
      坚持新发展理念。
      （二）基本原则
      坚持统筹兼顾。
      二、主要任务
      （三）优化产业布局
      推动集群发展。
      （四）壮大市场主体
      三、保障措施
      （五）加强组织领导
      """)
    #expect(
      TestSupport.tree(outline) == [
        "1 一、总体要求", "2 （一）指导思想", "2 （二）基本原则", "1 二、主要任务", "2 （三）优化产业布局", "2 （四）壮大市场主体",
        "1 三、保障措施", "2 （五）加强组织领导",
      ])
  }

  @Test("a list restyled mid-way still continues when its own style did not run before")
  func restyleStillWorks() {
    let outline = TestSupport.outline(
      """
      1、加强组织领导
      成立工作专班。
      2、强化资金保障
      统筹安排资金。
      三、严格督导考核
      """)
    #expect(TestSupport.tree(outline) == ["1 1、加强组织领导", "1 2、强化资金保障", "1 三、严格督导考核"])
  }

  @Test("a one-line attachment is a level-1 heading and its parts are headings under it")
  func attachmentsAreSplit() throws {
    let text = """
      一、主要任务
      推进绿色矿山建设。
      二、保障措施
      强化督导。
      附件1  重点矿山名录
      一、露天矿山
      共有露天矿山若干座。
      二、地下矿山
      共有地下矿山若干座。
      """
    let outline = TestSupport.outline(text)
    #expect(
      TestSupport.tree(outline) == [
        "1 一、主要任务", "1 二、保障措施", "1 附件1重点矿山名录", "2 一、露天矿山", "2 二、地下矿山",
      ])
    let last = try #require(outline.provisions.last)
    #expect(last.label == "二、")
    #expect(last.text == "二、地下矿山\n共有地下矿山若干座。")
    let second = try #require(outline.provisions.first { $0.label == "二、" && $0.title == "保障措施" })
    #expect(!second.text.contains("附件"))
  }

  @Test("a line listing attachments is not an attachment heading")
  func attachmentListIsNotHeading() {
    let outline = TestSupport.outline(
      """
      一、主要任务
      推进绿色矿山建设。
      附件：重点矿山名录
      """)
    #expect(TestSupport.tree(outline) == ["1 一、主要任务"])
  }

  @Test("a heading glued after a closing responsibility bracket is found")
  func gluedAfterBracket() {
    let outline = TestSupport.outline(
      """
      一、支持创新
      1.建设研发平台。给予一次性奖励。（责任单位：市科技局）2.培育平台企业。支持骨干企业发展。
      """)
    #expect(TestSupport.tree(outline) == ["1 一、支持创新", "2 1.建设研发平台", "2 2.培育平台企业"])
  }

  @Test("each cleaning row removes text from its example")
  func cleaningRowsFire() throws {
    for (i, row) in Self.cleaningTable.rows.enumerated() {
      let example = try #require(Self.cleaningTable.examples[i])
      guard let kind = TextCleaner.Rule.Kind(rawValue: row[0]) else {
        Issue.record("unknown kind \(row[0])")
        continue
      }
      let cleaner = try TextCleaner(rules: [TextCleaner.Rule(kind: kind, pattern: row[1], note: "")])
      let text = "正文第一行。\n\(example)\n正文第二行。"
      let cleaned = cleaner.clean(MappedText(source: text))
      #expect(cleaned.count < text.unicodeScalars.count, "\(row[1]) does not fire on \(example)")
    }
  }

  @Test("a page-number line inside a paragraph is removed with its break; offsets still point into the source")
  func pageNumbersJoinParagraphs() throws {
    for page in ["— 3 —", "- 12 -", "第3页", "第 3 页 共 9 页"] {
      let source = "一、总体要求\n加快建设现代化\n\(page)\n基础设施体系。\n"
      let cleaned = TestSupport.cleaner.clean(MappedText(source: source))
      #expect(cleaned.string == "一、总体要求\n加快建设现代化\n基础设施体系。\n", "\(page)")
      let at = try #require(cleaned.string.unicodeScalars.firstIndex(of: "基"))
      let offset = cleaned.string.unicodeScalars.distance(from: cleaned.string.unicodeScalars.startIndex, to: at)
      let sourceOffset = cleaned.origin[offset]
      #expect(Array(source.unicodeScalars)[sourceOffset] == "基")
    }
  }
}
