import Testing
@testable import PlanLensText

@Suite struct TextLayerSmokeTests {
  @Test func wordsSegmentChinese() throws {
    let words = try TextSegmenter().words(in: "养老机构护理型床位占比")
    #expect(words.count > 1)
  }
}
