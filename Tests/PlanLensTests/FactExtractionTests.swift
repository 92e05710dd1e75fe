import Foundation
import PlanLensModel
import Testing

/// Responsibilities, milestones and deadlines on sentences from plans.
@Suite("Responsibilities, milestones, deadlines")
struct FactExtractionTests {
  private func extract(_ body: String) throws -> ExtractedDocument {
    try TestSupport.extract("某某市养老服务行动方案\n\n一、重点任务\n\(body)\n")
  }

  @Test("（牵头单位：…，参与单位：…） splits into lead and support, names as printed")
  func leadAndSupport() throws {
    let doc = try extract("1. 扩大长期照护服务供给。重点发展护理型床位。（牵头单位：市民政局，参与单位：市财政局、市卫生健康委）")
    let r = try #require(doc.responsibilities.first)
    #expect(r.lead.map(\.name) == ["市民政局"])
    #expect(r.support.map(\.name) == ["市财政局", "市卫生健康委"])
    #expect(r.lead.first?.canonical == "民政局")
    #expect(r.lead.first?.level == .city)
    #expect(r.support.last?.canonical == "卫生健康委员会")
    #expect(r.heading == doc.headings.last?.id)
  }

  @Test("（责任单位：…） with nested brackets and the 、参与单位 form")
  func nestedBrackets() throws {
    let doc = try extract(
      "1. 加强社区养老服务设施配建。按标准配建。（责任单位：市自然资源和规划局、市民政局、各区（市）政府）\n2. 推动连锁化发展。（牵头单位：区民政局、参与单位：区发改局）")
    #expect(doc.responsibilities.count == 2)
    #expect(doc.responsibilities[0].lead.map(\.name) == ["市自然资源和规划局", "市民政局", "各区（市）政府"])
    #expect(doc.responsibilities[0].lead.last?.level == .county)
    #expect(doc.responsibilities[0].lead.last?.canonical == "人民政府")
    #expect(doc.responsibilities[1].lead.map(\.name) == ["区民政局"])
    #expect(doc.responsibilities[1].support.map(\.name) == ["区发改局"])
    #expect(doc.responsibilities[1].support.first?.canonical == "发展和改革委员会")
    #expect(doc.responsibilities[1].support.first?.level == .county)
  }

  @Test(
    "aliases of one department resolve to one canonical name",
    arguments: [
      ("区卫健局", "卫生健康委员会", AdministrativeLevel.county), ("市卫生健康委", "卫生健康委员会", .city), ("县卫计委", "卫生健康委员会", .county),
      ("区人社局", "人力资源和社会保障局", .county), ("市人力资源社会保障局", "人力资源和社会保障局", .city),
      ("各街道镇", "乡镇人民政府", .town), ("人民银行济宁市分行", "中国人民银行分支机构", .city),
      ("市市场监管局", "市场监督管理局", .city), ("省民政厅", "民政局", .province),
    ])
  func canonicalDepartments(name: String, canonical: String, level: AdministrativeLevel) throws {
    let doc = try extract("1. 任务。（责任单位：\(name)）")
    let d = try #require(doc.responsibilities.first?.lead.first)
    #expect(d.name == name)
    #expect(d.canonical == canonical)
    #expect(d.level == level)
  }

  @Test("a plan-level sentence names the lead with no heading")
  func planLevelSentence() throws {
    let doc = try extract("（一）加强组织领导。本规划由区民政局负责牵头实施，各相关部门做好配合工作。")
    let r = try #require(doc.responsibilities.first)
    #expect(r.heading == nil)
    #expect(r.lead.map(\.name) == ["区民政局"])
  }

  @Test("schedule phases take the document's year; reviews fall due at year end")
  func milestones() throws {
    let text = """
      某某区实施方案

      一、实施步骤
      （一）谋划启动阶段（8月16日前）。部署工作。
      （二）组织实施阶段（8月16日—9月30日）。全面实施。
      二、保障措施
      （一）健全监测评估。2023年，对规划实施情况进行中期评估。

      某某区人民政府办公室
      2021年8月1日
      """
    let doc = try TestSupport.extract(text)
    let ms = doc.milestones.map { "\($0.label) \($0.start ?? "-") \($0.end ?? "-")" }
    #expect(ms == ["谋划启动阶段 - 2021-08-16", "组织实施阶段 2021-08-16 2021-09-30", "中期评估 - 2023-12-31"])
    for m in doc.milestones { #expect(TestSupport.slice(text, m.span) == m.quote) }
  }

  @Test(
    "deadline forms",
    arguments: [
      ("到2025年，覆盖率达到90%。", 2025, nil as Int?),
      ("2025年年底前，覆盖率达到90%。", 2025, 12),
      ("2024年至2026年，改造6000户以上。", 2026, nil),
      ("2025年上半年，覆盖率达到90%。", 2025, 6),
      ("2025年第三季度前，覆盖率达到90%。", 2025, 9),
      ("“十四五”期间，新建床位500张。", 2025, nil),
    ])
  func deadlineForms(sentence: String, year: Int, month: Int?) throws {
    let q = try #require(try extract("1. 任务。\(sentence)").quantities.first)
    #expect(q.deadline?.year == year)
    #expect(q.deadline?.month == month)
  }

  @Test("a deadline opening a heading's text governs the goals listed under it")
  func headingDeadline() throws {
    let doc = try TestSupport.extract(
      """
      某某区规划

      总体要求

      发展目标。2025年年底前，养老服务体系更加完善。

      1、服务设施网络更加健全。城市社区养老服务设施配建达标率达到100%。

      2.服务保障能力不断增强。失能特困人员集中供养率达到60%以上。
      """)
    #expect(doc.quantities.count == 2)
    #expect(doc.quantities.allSatisfy { $0.deadline?.year == 2025 && $0.kind == .target })
  }
}
