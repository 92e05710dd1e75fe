import Foundation
import PlanLensModel
import Testing

@testable import PlanLensCompare

/// Indicator alignment on plans written in the test: what is kept apart, what is joined, and
/// that adding a plan never drops a shared row.
@Suite("Indicator alignment")
struct IndicatorAlignmentTests {
  /// A small plan of one (made-up) place with the given target sentences; its id in the
  /// comparison is the place's name.
  static func plan(_ place: String, _ sentences: [String]) throws -> ExtractedDocument {
    let body = sentences.enumerated().map { "（\($0.offset + 1)）第\($0.offset + 1)项任务。\($0.element)" }
    let text = "\(place)养老服务发展行动方案\n\n一、主要目标\n" + body.joined(separator: "\n") + "\n"
    return try TestSupport.extract(text, path: "test/\(place).txt")
  }

  static func compare(_ plans: [ExtractedDocument]) throws -> Comparison {
    try ComparisonBuilder().compare(plans)
  }

  /// The row holding the entry quoting `fragment`.
  private func row(_ c: Comparison, quoting fragment: String) -> IndicatorComparison? {
    c.indicators.first { $0.entries.contains { $0.quote.contains(fragment) } }
  }

  @Test("an increment (新增, 累计新增, 每年新增) is never merged with a total")
  func incrementsApartFromTotals() throws {
    let c = try Self.compare([
      try Self.plan("甲市", ["到2026年，新增家庭养老床位不少于2000张。"]),
      try Self.plan("乙市", ["到2026年，家庭养老床位达到30000张以上。"]),
      try Self.plan("丙市", ["到2026年，累计新增家庭养老床位5000张。"]),
      try Self.plan("丁市", ["到2026年，每年新增家庭养老床位800张。"]),
    ])
    let total = try #require(row(c, quoting: "30000张"))
    #expect(Set(total.entries.map(\.document)) == ["乙市"])
    #expect(total.facets.change == nil)
    #expect(row(c, quoting: "2000张")?.facets.change == "新增")
    #expect(row(c, quoting: "5000张")?.facets.change == "累计新增")
    #expect(row(c, quoting: "800张")?.facets.change == "每年新增")
    #expect(c.indicators.allSatisfy { $0.documentCount == 1 }, "\(c.indicators.map(\.label))")
    #expect(c.indicators.flatMap(\.entries).allSatisfy { $0.ambition == nil }, "nothing here can be ranked")
  }

  @Test("a weekly rate is never merged with a monthly one, even where the catalogue names both")
  func weeklyApartFromMonthly() throws {
    let c = try Self.compare([
      try Self.plan("甲县", ["到2025年，独居老年人周探访率达到95%。"]),
      try Self.plan("乙县", ["到2025年，独居老年人月探访率达到100%。"]),
      try Self.plan("丙县", ["到2025年，独居老年人月探访率不低于98%。"]),
    ])
    let weekly = try #require(row(c, quoting: "周探访率"))
    let monthly = try #require(row(c, quoting: "月探访率"))
    #expect(weekly.facets.period == "每周")
    #expect(monthly.facets.period == "每月")
    #expect(Set(weekly.entries.map(\.document)) == ["甲县"])
    #expect(Set(monthly.entries.map(\.document)) == ["乙县", "丙县"])
  }

  @Test("a township-homes-only share is never merged with the all-institutions share")
  func townshipApartFromAllInstitutions() throws {
    let c = try Self.compare([
      try Self.plan("甲区", ["到2025年，乡镇敬老院护理型床位占比达到50%。"]),
      try Self.plan("乙区", ["到2025年，养老机构护理型床位占比不低于60%。"]),
      try Self.plan("丙区", ["到2025年，护理型床位占比达到65%以上。"]),
    ])
    let township = try #require(row(c, quoting: "乡镇敬老院"))
    #expect(township.facets.scope == ["乡镇"])
    #expect(Set(township.entries.map(\.document)) == ["甲区"])
    let all = try #require(row(c, quoting: "不低于60%"))
    #expect(Set(all.entries.map(\.document)) == ["乙区", "丙区"])
    #expect(all.facets.scope.isEmpty)
    #expect(all.entries.first { $0.document == "丙区" }?.ambition == "highest")
    #expect(all.entries.first { $0.document == "乙区" }?.ambition == "lowest")
  }

  @Test("every merge says which wordings were joined and why")
  func mergesAreExplained() throws {
    let c = try Self.compare([
      try Self.plan("甲镇", ["到2025年，社区老年食堂覆盖率达到80%。"]),
      try Self.plan("乙镇", ["到2025年，老年食堂覆盖率达到90%。"]),
    ])
    let canteens = try #require(row(c, quoting: "老年食堂覆盖率达到80%"))
    #expect(canteens.documentCount == 2)
    #expect(canteens.wordings.count == 2)
    let merge = try #require(canteens.merges.first)
    #expect(merge.reason == .similarity)
    #expect(Set([merge.first, merge.second]) == Set(canteens.wordings))
    #expect(merge.similarity >= IndicatorClusterer.similarityThreshold)
    #expect(merge.explanation.contains(merge.head))
  }

  @Test("wordings that put one word in place of another (省级 for 市级) are not joined")
  func substitutionsStayApart() throws {
    let c = try Self.compare([
      try Self.plan("甲市", ["对新认定的省级示范养老机构给予30万元奖励。"]),
      try Self.plan("乙市", ["对新认定的市级示范养老机构给予10万元奖励。"]),
    ])
    #expect(c.indicators.allSatisfy { $0.documentCount == 1 }, "\(c.indicators.map(\.wordings))")
  }

  @Test("adding a plan never drops a shared indicator or splits its entries")
  func addingAPlanKeepsSharedRows() throws {
    let a = try Self.plan("甲市", ["到2025年，养老机构护理型床位占比达到60%。", "到2025年，社区老年食堂覆盖率达到80%。"])
    let b = try Self.plan("乙市", ["到2025年，护理型床位占比不低于55%。", "到2025年，老年食堂覆盖率达到90%。"])
    let c = try Self.plan(
      "丙市", ["到2025年，老年食堂覆盖率达到70%。", "到2025年，新增家庭养老床位1000张。", "到2025年，养老护理员持证上岗率达到95%。"])
    let before = try Self.compare([a, b])
    let after = try Self.compare([a, b, c])
    let key = { (e: IndicatorEntry) in "\(e.document)|\(e.span.start)" }
    let shared = before.indicators.filter { $0.documentCount >= 2 }
    #expect(shared.count == 2)
    for row in shared {
      let keys = Set(row.entries.map(key))
      let holder = after.indicators.first { !keys.isDisjoint(with: Set($0.entries.map(key))) }
      #expect(holder.map { keys.isSubset(of: Set($0.entries.map(key))) } == true, "\(row.label) was split")
      #expect((holder?.documentCount ?? 0) >= 2, "\(row.label) is no longer shared")
    }
  }

  @Test("a relative deadline (五年内) is not a value")
  func relativeDeadlineIsNotAValue() throws {
    let c = try Self.compare([
      try Self.plan("甲市", ["五年内对利用闲置厂房开办的托育机构实行过渡期政策。"]),
      try Self.plan("乙市", ["5年内对利用闲置厂房开办的托育机构实行过渡期政策。"]),
    ])
    #expect(c.indicators.flatMap(\.entries).allSatisfy { $0.unit != "年" })
    #expect(c.excludedFigures.count == 2)
    #expect(c.excludedFigures.allSatisfy { $0.reason == .relativeDeadline })
  }

  @Test("floors and ceilings, and exact figures, are never ranked together")
  func rankingNeedsOneDirection() throws {
    let c = try Self.compare([
      try Self.plan("甲市", ["到2025年，城乡居民医保政策范围内住院费用报销比例不低于70%。"]),
      try Self.plan("乙市", ["到2025年，城乡居民医保政策范围内住院费用报销比例不高于75%。"]),
    ])
    let ratio = try #require(row(c, quoting: "不低于70%"))
    #expect(ratio.documentCount == 2)
    #expect(ratio.entries.allSatisfy { $0.ambition == nil }, "\(ratio.entries.map(\.ambition))")
  }
}
