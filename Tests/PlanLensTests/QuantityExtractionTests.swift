import Foundation
import PlanLensModel
import Testing

/// Extraction of numbers of policy interest, rule by rule, on sentences from plans.
@Suite("Quantities")
struct QuantityExtractionTests {
  /// The quantities of one provision written like a plan's.
  private func quantities(_ body: String, heading: String = "1.推进养老服务发展。") throws -> [Quantity] {
    let text = "某某区养老服务发展规划\n\n一、主要任务\n\(heading)\(body)\n"
    return try TestSupport.extract(text).quantities
  }

  @Test("a deadline at the head of a sentence governs its numbers; target with comparator and indicator")
  func targetWithDeadline() throws {
    let q = try #require(try quantities("到2025年，全区养老机构护理型床位占比不低于55%。").first)
    #expect(q.kind == .target)
    #expect(q.indicator == "养老机构护理型床位占比")
    #expect(q.comparator == .atLeast)
    #expect(q.value == 55)
    #expect(q.unit == "%")
    #expect(q.deadline?.year == 2025)
    #expect(q.scope == "全区")
  }

  @Test("达到100% is exact, 达到80% is at least; distinct variants keep their wording")
  func comparatorsAndVariants() throws {
    let qs = try quantities("到2025年，生活不能自理特困人员集中供养率达到80%，有集中供养意愿的特困人员集中供养率达到100%。")
    #expect(qs.map(\.comparator) == [.atLeast, .exactly])
    #expect(qs.map(\.indicator) == ["生活不能自理特困人员集中供养率", "有集中供养意愿的特困人员集中供养率"])
    #expect(qs.allSatisfy { $0.deadline?.year == 2025 })
  }

  @Test("万 multiplies a count (５万张 → 50000 张) but 3000万元 stays 3000 万元")
  func multipliers() throws {
    let beds = try #require(try quantities("2025年年底前，全市家庭养老床位达到５万张以上。").first)
    #expect(beds.value == 50000)
    #expect(beds.unit == "张")
    #expect(beds.comparator == .atLeast)
    #expect(beds.deadline?.year == 2025)
    #expect(beds.deadline?.month == 12)
    let loan = try #require(try quantities("申请稳岗扩岗专项贷款，单户授信额度最高3000万元。").first)
    #expect(loan.value == 3000)
    #expect(loan.unit == "万元")
    #expect(loan.comparator == .atMost)
    #expect(loan.kind == .standard)
  }

  @Test("approximations: 700余名 and 8个左右 are ~")
  func approximations() throws {
    let qs = try quantities("培训护理人员700余名。力争创建8个左右全国示范性老年友好型社区。")
    #expect(qs.map(\.comparator) == [.about, .about])
    #expect(qs.map(\.value) == [700, 8])
    #expect(qs[1].indicator == "全国示范性老年友好型社区")
  }

  @Test("ranges are one entry with valueMax")
  func ranges() throws {
    let q = try #require(try quantities("经专业评估组织评估认定为2-5级的失能老年人。").first)
    #expect(q.value == 2)
    #expect(q.valueMax == 5)
    #expect(q.unit == "级")
  }

  @Test("one entry per number")
  func onePerNumber() throws {
    let qs = try quantities("建立不少于5人、各镇（街）不少于2人的应急救援队伍。")
    #expect(qs.map(\.value) == [5, 2])
    #expect(qs.allSatisfy { $0.comparator == .atLeast && $0.unit == "人" })
  }

  @Test("Chinese numerals with a comparator: 至少有一所, 在五年内, 每年一次")
  func chineseNumerals() throws {
    let qs = try quantities(
      "“十四五”期间，至少有一所3星级以上标准的特困人员供养服务设施。在五年内实行继续按土地原用途和权利类型适用过渡期政策。对老年人每年提供一次免费健康管理服务。")
    #expect(qs.map(\.value) == [1, 3, 5, 1])
    #expect(qs.map(\.unit) == ["所", "星级", "年", "次"])
    #expect(qs[0].deadline?.year == 2025)
    #expect(qs[2].comparator == .atMost)
    #expect(qs[2].kind == .standard)
    #expect(qs[3].kind == .standard)
  }

  @Test("standards: 每百户不低于20平方米, 福彩公益金55%以上用于…")
  func standards() throws {
    let qs = try quantities(
      "新建城镇居住区按照每百户不低于20平方米的标准配套建设社区养老服务设施。区级以上人民政府留成的福彩公益金55%以上用于支持发展养老服务。")
    #expect(qs.map(\.kind) == [.standard, .standard])
    #expect(qs.map(\.comparator) == [.atLeast, .atLeast])
  }

  @Test("baselines: facts about the present")
  func baselines() throws {
    let qs = try quantities("目前，已建成各类养老服务设施217处、设置床位4860张。")
    #expect(qs.map(\.kind) == [.baseline, .baseline])
    #expect(qs.map(\.indicator) == ["各类养老服务设施", "设置床位"])
    let section = try quantities("全区60周岁及以上人口为11.66万人，占总人口的21.58%。", heading: "（一）现实基础\n")
    #expect(section.map(\.value) == [116600, 21.58])
    #expect(section.allSatisfy { $0.kind == .baseline })
  }

  @Test(
    "not quantities: document numbers, dates, plan names, ordinals, slogans, hotlines, 5G, codes, ages",
    arguments: [
      "根据《通知》（鲁民〔2021〕64号）要求开展工作。",
      "2021年8月31日印发实施。",
      "编制“十四五”养老服务体系规划。",
      "承接全国第二批中央财政支持的改革试点。",
      "全面形成“1+6+N”基本养老服务网络。",
      "建设12349养老服务信息中心。",
      "推广5G技术在养老服务中的应用。",
      "符合《养老机构服务安全基本规范》（GB 38600—2019）。",
      "为60周岁及以上老年人提供服务。",
      "构建一刻钟居家养老服务圈，打造四级养老服务网络。",
    ])
  func traps(sentence: String) throws {
    #expect(try quantities(sentence).isEmpty)
  }

  @Test("every quote is the source slice of its span")
  func quotesAreSourceSlices() throws {
    let text = "规划\n\n一、任务\n1.建设。[bookmark: _Toc1]到２０２５年，全区护理型床位占比不低于５５％，新增床位500张。\n"
    let doc = try TestSupport.extract(text)
    #expect(doc.quantities.count == 2)
    for q in doc.quantities {
      #expect(TestSupport.slice(text, q.span) == q.quote)
    }
    #expect(doc.quantities.first?.value == 55)
  }
}
