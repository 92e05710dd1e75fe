import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// Responsibility brackets and sentences in every printed form, and the rule tables behind them:
/// every row of every table fires on its own example sentence.
@Suite("Responsibility extraction")
struct ResponsibilityExtractionTests {
  private func extract(_ body: String) throws -> ExtractedDocument {
    try TestSupport.extract("某某县工作方案\n\n一、重点任务\n（一）推进重点工作。\n\(body)\n")
  }

  private func only(_ body: String) throws -> Responsibility {
    let doc = try extract(body)
    #expect(doc.responsibilities.count == 1, "\(body): \(doc.responsibilities.map(\.quote))")
    return try #require(doc.responsibilities.first)
  }

  private func names(_ units: [Department]) -> [String] { units.map(\.name) }

  /// The unit printed right before `word` in `example` (县教育局 of （县公安局、县教育局负责）).
  private func unit(before word: String, in example: String) -> String? {
    guard let r = example.range(of: word) else { return nil }
    let head = example[..<r.lowerBound]
    let start = head.lastIndex { "（(【［〔，、；：".contains($0) }.map { head.index(after: $0) } ?? head.startIndex
    return String(head[start...])
  }

  // MARK: - Forms

  @Test("（X牵头，Y配合）: role words after the units")
  func leadThenSupportVerbs() throws {
    let r = try only("强化医疗废物处置（县卫健局牵头，县生态环境局、各乡镇政府配合）。")
    #expect(names(r.lead) == ["县卫健局"])
    #expect(names(r.support) == ["县生态环境局", "各乡镇政府"])
    #expect(r.quote == "（县卫健局牵头，县生态环境局、各乡镇政府配合）")
  }

  @Test("（X牵头） and （X、Y负责） alone name the lead")
  func leadAlone() throws {
    #expect(names(try only("建立乡村公益岗位（县人社局牵头）。").lead) == ["县人社局"])
    let r = try only("完善控辍保学机制（县教育局、县民政局负责）。")
    #expect(names(r.lead) == ["县教育局", "县民政局"])
    #expect(r.support.isEmpty)
  }

  @Test("［X、Y按职责分工负责］ in square and lenticular brackets")
  func otherBrackets() throws {
    let r = try only("开展河道采砂整治［县水利局、县公安局按职责分工负责］。")
    #expect(names(r.lead) == ["县水利局", "县公安局"])
    let l = try only("建设智慧灌区【县水利局牵头，县农业农村局配合】。")
    #expect(names(l.support) == ["县农业农村局"])
  }

  @Test("负责 after a lead names support; units without a role word wait for the next one")
  func dutyAfterLead() throws {
    let r = try only("推进政务服务一网通办（县行政审批局牵头，县大数据中心配合，各有关部门、各乡镇政府分工负责）。")
    #expect(names(r.lead) == ["县行政审批局"])
    #expect(names(r.support) == ["县大数据中心", "各有关部门", "各乡镇政府"])
    let w = try only("推进数字乡村建设（县委网信办牵头，县农业农村局、县商务局等有关部门，各乡镇政府配合）。")
    #expect(names(w.support) == ["县农业农村局", "县商务局等有关部门", "各乡镇政府"])
  }

  @Test("（牵头单位：X；责任单位：Y）: a label after 牵头单位 names support")
  func labelAfterLead() throws {
    let r = try only("建设县域物流配送中心（牵头单位：县商务局；责任单位：县交通运输局、县邮政管理局）。")
    #expect(names(r.lead) == ["县商务局"])
    #expect(names(r.support) == ["县交通运输局", "县邮政管理局"])
    let c = try only("推广新型墙体材料（牵头单位：县住建局，协同单位：县工信局，参加单位：县发改局）。")
    #expect(names(c.support) == ["县工信局", "县发改局"])
  }

  @Test("a label list may end with a role word, and 等 before a role word is no part of a name")
  func labelWithRoleWord() throws {
    let r = try only("规范电动自行车停放充电（责任单位：县消防救援大队、县住建局按职责分工负责）。")
    #expect(names(r.lead) == ["县消防救援大队", "县住建局"])
    let e = try only("加强校外培训监管（县教育局牵头，县市场监管局、县公安局等配合）。")
    #expect(names(e.support) == ["县市场监管局", "县公安局"])
  }

  @Test("lines opening with a label, 【牵头单位】 forms included, state one responsibility")
  func labelLines() throws {
    let r = try only("牵头单位：县民政局\n配合单位：县财政局、县卫健局")
    #expect(names(r.lead) == ["县民政局"])
    #expect(names(r.support) == ["县财政局", "县卫健局"])
    let b = try only("【牵头单位】县民政局【配合单位】县财政局")
    #expect(names(b.lead) == ["县民政局"] && names(b.support) == ["县财政局"])
    let sp = try only("牵头单位：县民政局 责任单位：县财政局")
    #expect(names(sp.support) == ["县财政局"])
    #expect(try extract("责任单位：要抓好各项任务落实").responsibilities.isEmpty)
  }

  @Test("a document's 列第一位者为牵头部门 makes the first unit of every 负责 list the lead")
  func firstListedRule() throws {
    let doc = try extract(
      "完善县域医疗资源布局（县卫健局、县发改局、县财政局负责，列第一位者为牵头部门，下同）。\n（二）强化人才保障。引进紧缺人才（县人社局、县卫健局负责）。")
    #expect(doc.responsibilities.count == 2)
    #expect(doc.responsibilities.map { names($0.lead) } == [["县卫健局"], ["县人社局"]])
    #expect(doc.responsibilities.map { names($0.support) } == [["县发改局", "县财政局"], ["县卫健局"]])
    let plain = try only("引进紧缺人才（县人社局、县卫健局负责）。")
    #expect(names(plain.lead) == ["县人社局", "县卫健局"])
  }

  @Test("units keep full-width brackets as printed, nested brackets included")
  func nestedNames() throws {
    let r = try only("推进老年助餐服务（县民政局牵头，各县（市、区）政府、县市场监管局配合）。")
    #expect(names(r.support) == ["各县（市、区）政府", "县市场监管局"])
  }

  @Test("a bracket holding no department list is no responsibility")
  func nonDepartmentBrackets() throws {
    let doc = try extract(
      "出台实施细则（试行），发放补贴（含一次性补贴），培育示范企业（由企业自主负责），完善标准（2022年版）（国家标准委负责解释的除外）。")
    #expect(doc.responsibilities.isEmpty, "\(doc.responsibilities.map(\.quote))")
  }

  @Test("由X牵头负责，Y等部门配合 and X会同Y in running text")
  func sentences() throws {
    let r = try only("全县农村公路养护工作由县交通运输局牵头负责，县财政局、县自然资源局等部门按照各自职责配合做好相关工作。")
    #expect(names(r.lead) == ["县交通运输局"])
    #expect(names(r.support) == ["县财政局", "县自然资源局"])
    #expect(r.heading != nil)
    let j = try only("县商务局会同有关部门制定年度工作要点。")
    #expect(names(j.lead) == ["县商务局"])
    #expect(names(j.support) == ["有关部门"])
    let afterStray = try only("附表说明（另附\n全县道路保洁工作由县城管局牵头负责，各乡镇政府配合。")
    #expect(names(afterStray.lead) == ["县城管局"])
    #expect(names(afterStray.support) == ["各乡镇政府"])
    let none = try extract("工作专班由县发改局负责同志任组长，各成员单位负责人参加。")
    #expect(none.responsibilities.isEmpty)
  }

  @Test("sentences of the plan itself or of its closing section are plan-level; brackets there are not")
  func planLevel() throws {
    let doc = try TestSupport.extract(
      "某某县工作方案\n\n一、重点任务\n（一）推进建设。内容。\n二、组织实施\n（一）加强领导。县发改局会同有关部门做好方案的组织实施。加强督导（县政府办公室牵头）。\n")
    #expect(doc.responsibilities.count == 2)
    #expect(doc.responsibilities.first?.heading == nil)
    #expect(doc.responsibilities.last?.heading != nil)
  }

  @Test("one canonical department across levels, with the level of its prefix")
  func canonicalAcrossLevels() throws {
    let r = try only("推进科技成果转化（省科技厅、市科技局、科技部、市委网信办、市经济和信息化委负责）。")
    #expect(r.lead.map(\.canonical) == ["科学技术局", "科学技术局", "科学技术局", "网络安全和信息化委员会办公室", "工业和信息化局"])
    #expect(r.lead.map(\.level) == [.province, .city, .national, .city, .city])
  }

  @Test("a level marker counts only at the edge of the prefix: the 乡 of 城乡 is no town")
  func levelMarkerAtEdge() throws {
    let r = try only("推进燃气管道更新（省能源局牵头，省住房城乡建设厅等有关部门配合）。")
    #expect(r.support.first?.name == "省住房城乡建设厅等有关部门")
    #expect(r.support.first?.level == .province)
  }

  // MARK: - Every table row fires on its example

  private func rows(_ name: String) throws -> [(row: [String], example: String)] {
    let table = try ResponsibilityExtractor.table(name)
    #expect(!table.rows.isEmpty)
    return try table.rows.indices.map { i in
      let example = try #require(table.examples[i], "\(name) line \(table.lineNumbers[i]) has no 例：")
      return (table.rows[i], example.replacingOccurrences(of: "\\n", with: "\n"))
    }
  }

  @Test("every label of responsibility-labels.tsv gives its units its role")
  func everyLabelFires() throws {
    for (row, example) in try rows("responsibility-labels.tsv") {
      let r = try only(example)
      let colon = try #require(example.range(of: row[1] + "："))
      let after = example[colon.upperBound...].prefix { !"，、；）".contains($0) }
      let units = row[0] == "support" ? r.support : r.lead
      #expect(names(units).contains(String(after)), "\(row[1]): \(example)")
    }
  }

  @Test("every row of responsibility-cues.tsv fires on its example")
  func everyCueFires() throws {
    for (row, example) in try rows("responsibility-cues.tsv") {
      let (kind, word) = (row[0], row[1])
      switch kind {
      case "falseVerb", "nameBreak":
        #expect(try extract(example).responsibilities.isEmpty, "\(word): \(example)")
      case "planSubject":
        #expect(try only(example).heading == nil, "\(word): \(example)")
      case "closingSection":
        let doc = try TestSupport.extract("某某县工作方案\n\n一、重点任务\n（一）推进建设。内容。\n\(example)\n")
        #expect(doc.responsibilities.count == 1 && doc.responsibilities.first?.heading == nil, "\(word)")
        #expect(doc.responsibilities.first?.lead.isEmpty == false, "\(word)")
      default:
        let r = try only(example)
        let all = names(r.lead + r.support)
        #expect(!all.contains { $0.contains(word) }, "\(word) left in a unit: \(all)")
        switch kind {
        case "bracket": #expect(r.quote.hasPrefix(word) && r.quote.hasSuffix(row[2]), "\(word): \(r.quote)")
        case "verb":
          let before = try #require(unit(before: word, in: example))
          let units = row[2] == "support" ? r.support : r.lead
          #expect(names(units).contains(before), "\(word): \(before) not \(row[2]) in \(example)")
        case "firstListed": #expect(r.lead.count == 1 && !r.support.isEmpty, "\(word)")
        case "groupTail": #expect(!r.support.isEmpty, "\(word)")
        case "join": #expect(!r.lead.isEmpty && !r.support.isEmpty, "\(word)")
        default: #expect(!r.lead.isEmpty, "\(word): \(example)")
        }
      }
    }
  }

  @Test("every alias row of departments.tsv resolves its example to the row's canonical name")
  func everyDepartmentResolves() throws {
    for (row, example) in try rows("departments.tsv") {
      #expect(try only(example).lead.first?.canonical == row[0], "\(row[0]): \(example)")
    }
  }

  @Test("every ending of department-endings.tsv lets its unit lead")
  func everyEndingFires() throws {
    for (row, example) in try rows("department-endings.tsv") {
      let lead = names(try only(example).lead)
      #expect(lead.contains { $0.hasSuffix(row[0]) }, "\(row[0]): \(lead)")
    }
  }

  @Test("every row of department-levels.tsv gives its example's lead its level")
  func everyLevelFires() throws {
    for (row, example) in try rows("department-levels.tsv") {
      #expect(try only(example).lead.first?.level?.rawValue == row[2], "\(row[1]): \(example)")
    }
  }
}
