import Testing

@testable import PlanLensExtract

/// Beneficiaries listed in parallel (省、市级A) written out one by one, so that 分别 can give
/// each its amount. Lists are our own.
@Suite("Parallel members: each beneficiary of a list written out")
struct ParallelMembersTests {
  @Test(
    "what the list shares is put back",
    arguments: [
      ("新评定的国家级、省级文化产业示范园区", ["新评定的国家级文化产业示范园区", "新评定的省级文化产业示范园区"]),
      ("入选的精品民宿、特色民宿、乡村民宿集群", ["入选的精品民宿集群", "入选的特色民宿集群", "入选的乡村民宿集群"]),
      ("新认定的全省“领跑者”标杆企业、培育企业", ["新认定的全省“领跑者”标杆企业", "新认定的全省“领跑者”培育企业"]),
      ("获评国家级、省级、市级命名的示范社区", ["获评国家级命名的示范社区", "省级命名的示范社区", "市级命名的示范社区"]),
    ])
  func sharedPartsAreRestored(list: String, members: [String]) {
    #expect(ParallelMembers.members(of: list, modifiers: ["的"]) == members)
  }

  @Test func aSeparatorInsideBracketsOrQuotesSplitsNothing() {
    #expect(ParallelMembers.members(of: "各县（市、区）的“科技、人才”服务站", modifiers: ["的"]) == nil)
  }

  @Test func aMemberThatIsLongerKeepsItsOwnModifiers() {
    let members = ParallelMembers.members(of: "认定的全国示范基地、山东省级示范基地", modifiers: ["的"])
    #expect(members == ["认定的全国示范基地", "认定的山东省级示范基地"])
  }
}
