import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// Component tests of the quantity frames: lists, grants, thresholds, deadline frames and the
/// weighed kind decision. Every sentence is written here in the pattern, not taken from a plan.
@Suite("Quantity frames: lists, grants, thresholds, deadlines, kinds")
struct QuantityFrameTests {
  private func quantities(_ body: String, title: String = "某某市数字乡村行动方案") throws -> [Quantity] {
    try TestSupport.extract("\(title)\n\n\(body)\n").quantities
  }

  @Test("a list shares its comparator and indicator: 分别超过60%和40%")
  func listSharesComparatorAndIndicator() throws {
    let q = try quantities("一、主要目标\n到2027年，乡村宽带和移动网络覆盖率分别超过60%和40%。")
    #expect(q.map(\.value) == [60, 40])
    #expect(q.map(\.comparator) == [.moreThan, .moreThan])
    #expect(q.allSatisfy { $0.indicator.contains("覆盖率") })
    #expect(q.map { $0.deadline?.year } == [2027, 2027])
    #expect(q.last?.deadline?.source == .list)
  }

  @Test("分别 gives each beneficiary of a list its own amount")
  func respectivelyGoesOneToOne() throws {
    let q = try quantities("一、支持政策\n对新评定的省、市级数字农场，分别给予30万元、10万元奖励。")
    #expect(q.map(\.indicator) == ["新评定的省级数字农场奖励", "新评定的市级数字农场奖励"])
    #expect(q.map(\.value) == [30, 10])
  }

  @Test("a modified noun before a grant clause is its beneficiary: …的合作社，给予…")
  func beneficiaryWithoutOpener() throws {
    let q = try quantities("一、支持政策\n新评为省级示范社的农民合作社，给予最高20万元奖补。")
    #expect(q.map(\.indicator) == ["新评为省级示范社的农民合作社奖补"])
    #expect(q.first?.comparator == .atMost)
  }

  @Test("an adverb before the grant noun stays with it; after the number the noun phrase does")
  func adverbWithGrantNoun() throws {
    let q = try quantities(
      "一、支持政策\n对新建的村级电商服务站，最高补助5万元。对新评定的星级农家乐，给予每家2万元的一次性建设补贴。")
    #expect(q.map(\.indicator) == ["新建的村级电商服务站最高补助", "新评定的星级农家乐一次性建设补贴"])
  }

  @Test("a share of a group after its number: what the group does, the group, 占比")
  func shareOfGroup() throws {
    let q = try quantities("一、主要目标\n到2027年，85%的村和60%的乡镇（街道）完成数字化改造。")
    #expect(q.map(\.indicator) == ["完成数字化改造的村占比", "完成数字化改造的乡镇（街道）占比"])
    let rate = try quantities("一、支持政策\n执行不超过3%的担保费率。")
    #expect(!rate.contains { $0.indicator.hasSuffix("占比") })
  }

  @Test("levels alone stand for the previous indicator at those levels")
  func levelEllipsis() throws {
    let q = try quantities("一、主要目标\n到2026年，省级涉企事项网上可办率达到98%，市、县级达到90%。")
    #expect(q.map(\.indicator) == ["省级涉企事项网上可办率", "市、县级涉企事项网上可办率"])
  }

  @Test("an increment before the number stays with the thing counted")
  func incrementStaysWithTheThing() throws {
    let q = try quantities("一、主要任务\n到2027年，新增15个以上数字乡村试点村。")
    #expect(q.map(\.indicator) == ["新增数字乡村试点村"])
  }

  @Test("an opening clause of baseline cues and times frames the sentence; a rule's clause does not")
  func openingFrame() throws {
    let past = try quantities("一、发展基础\n目前，全县建成益农信息社300个。", title: "某某县数字乡村发展规划")
    #expect(past.map(\.kind) == [.baseline])
    let rule = try quantities("一、主要任务\n已纳入规划但未建设的园区，应当按照不低于30%的比例配建共享设施。")
    #expect(rule.count == 1)
    #expect(!rule.contains { $0.kind == .baseline })
  }

  @Test("each counted thing joined by 和 keeps its own noun")
  func joinedCountsKeepTheirNouns() throws {
    let q = try quantities("一、主要任务\n每年培育80家专精特新企业和30家单项冠军企业。")
    #expect(q.map(\.indicator) == ["专精特新企业", "单项冠军企业"])
  }

  @Test("a grant measures the beneficiary with the grant noun and is a standard")
  func grantMeasuresBeneficiary() throws {
    let q = try quantities("一、支持政策\n到2026年，对新认定的省级数字农场，给予一次性奖励30万元。")
    let grant = try #require(q.first)
    #expect(grant.value == 30)
    #expect(grant.indicator == "新认定的省级数字农场一次性奖励")
    #expect(grant.kind == .standard)
    #expect(grant.deadline == nil)
  }

  @Test("a beneficiary does not reach across ；")
  func beneficiaryStaysInItsPart() throws {
    let q = try quantities(
      "一、支持政策\n对入选国家级名单的合作社，给予20万元奖励；获得省级认定的家庭农场，给予5万元奖励。")
    #expect(q.first?.indicator == "入选国家级名单的合作社奖励")
    #expect(q.last.map { !$0.indicator.contains("合作社") } == true)
  }

  @Test("examples closed by 等 leave the beneficiary's head: 实验室、中心等创新平台")
  func grantBeneficiaryAfterExamples() throws {
    let q = try quantities("一、支持政策\n对新建重点实验室、中试基地等创新平台的企业，给予最高200万元补助。")
    #expect(q.first?.indicator == "创新平台的企业补助")
    #expect(q.first?.comparator == .atMost)
  }

  @Test("an eligibility threshold is a standard; a count with 的 is a target")
  func thresholdsAreStandards() throws {
    let q = try quantities(
      "一、主要任务\n年营业收入3000万元以上的农业企业全部建立数字化台账，建成200个以上的数字农场。")
    #expect(q.map(\.kind) == [.standard, .target])
  }

  @Test("a goals statement frames the bullets after it")
  func goalsStatementFramesBullets() throws {
    let q = try quantities(
      "一、总体要求\n2028年的主要目标是：\n——基础更加牢固。建成益农信息站500个。\n——服务更加普惠。培训新型农民2万人次。")
    #expect(q.map { $0.deadline?.year } == [2028, 2028])
    #expect(q.map { $0.deadline?.source } == [.goals, .goals])
  }

  @Test("年底前 without a year takes the document's year; 每年年底前 is a rate")
  func yearlessDeadlines() throws {
    let text = "某某县2025年数字乡村工作要点\n\n一、重点工作\n年底前，新建村级服务站40个。每年年底前更新服务目录1次。"
    let q = try TestSupport.extract(text).quantities
    let stations = try #require(q.first { $0.value == 40 })
    #expect(stations.deadline?.year == 2025)
    #expect(stations.deadline?.source == .documentYear)
    #expect(q.first { $0.value == 1 }?.deadline == nil)
  }

  @Test("三年内 before other numbers is a deadline counted from the plan's start")
  func relativeDeadline() throws {
    let q = try quantities("一、主要任务\n三年内建成县级数据中心3个。", title: "某某县数字乡村行动方案（2024—2026年）")
    #expect(q.map(\.value) == [3])
    #expect(q.first?.deadline?.year == 2026)
    #expect(q.first?.deadline?.source == .relative)
  }

  @Test("a time in brackets after the number governs its own clause")
  func trailingBracketDeadline() throws {
    let q = try quantities("一、主要任务\n建成村级电商服务站120个（2026年底前），培训电商带头人500名。")
    #expect(q.map { $0.deadline?.year } == [2026, nil])
  }

  @Test("a date something must come after is not a deadline")
  func eligibilityDateIsNoDeadline() throws {
    let q = try quantities("一、支持政策\n2024年7月1日后投产的加工项目，按设备投资的10%给予补助。")
    #expect(q.first?.value == 10)
    #expect(q.first?.deadline == nil)
  }

  @Test("a line a conversion wrapped inside a sentence keeps the sentence's deadline")
  func wrappedLinesRejoined() throws {
    let q = try quantities("一、主要目标\n到2029年，全县农产品网络零售额突破\n20亿元。")
    #expect(q.first?.value == 20)
    #expect(q.first?.comparator == .moreThan)
    #expect(q.first?.deadline?.year == 2029)
  }

  @Test("a list of levels closed by a scope says where, not what: 省、市、县各级")
  func trailingScopeIsScope() throws {
    let q = try quantities("一、主要任务\n省、市、县各级80个涉企事项实现全程网办。")
    #expect(q.first?.indicator.hasPrefix("涉企事项") == true)
    #expect(q.first?.scope?.hasSuffix("各级") == true)
  }

  @Test("a verb before the number gives way to the noun after it")
  func verbYieldsToObject() throws {
    let q = try quantities("一、主要任务\n组建120支乡村数字服务队伍。")
    #expect(q.first?.indicator == "乡村数字服务队伍")
  }

  @Test("technical units and spaces between number and unit")
  func technicalUnits() throws {
    let q = try quantities("一、主要目标\n新建边缘节点算力达到 20 PFLOPS，骨干网带宽不低于400Gbps。")
    #expect(q.map(\.unit) == ["PFLOPS", "Gbps"])
    #expect(q.map(\.value) == [20, 400])
  }

  @Test("the weights decide: a past section outweighs a deadline, a grant outweighs a deadline")
  func weightsDecide() throws {
    let weights = try KindWeights(table: KindWeights.table())
    #expect(weights.decide([.baselineSection, .ownDeadline]) == .baseline)
    #expect(weights.decide([.grant, .ownDeadline]) == .standard)
    #expect(weights.decide([.ownDeadline, .pastCue]) == .target)
    #expect(weights.decide([.pastCue, .perHead, .upperBound]) == .baseline)
    #expect(weights.decide([]) == .target)
  }

  static let weightRows: [(feature: String, kind: String, example: String)] = {
    guard let table = try? KindWeights.table() else { return [] }
    return table.rows.indices.map {
      (table.rows[$0].first ?? "", table.rows[$0].dropFirst().first ?? "", table.examples[$0] ?? "")
    }
  }()

  @Test(
    "every kind-weights row fires on its example",
    arguments: weightRows.map { "\($0.feature)|\($0.kind)|\($0.example)" })
  func weightRowFires(_ row: String) throws {
    let parts = row.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    let example = try #require(parts.count == 3 ? parts[2] : nil)
    #expect(!example.isEmpty, "row \(parts[0]) has no example")
    let q = try TestSupport.extract(example.replacingOccurrences(of: "\\n", with: "\n")).quantities
    #expect(q.contains { $0.kind.rawValue == parts[1] }, "\(parts[0]): \(q.map { "\($0.value) \($0.kind)" })")
  }
}
