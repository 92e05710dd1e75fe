import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

@Suite("UnitLexicon: units.tsv and its dimensions")
struct UnitLexiconTests {
  let lexicon: UnitLexicon

  init() throws {
    lexicon = try UnitLexicon(table: NumberForms.table("units.tsv"))
  }

  @Test("money, percentage and grade are read from the dimension column")
  func dimensions() {
    #expect(lexicon.isMoney("亿元") && lexicon.isMoney("万元") && lexicon.isMoney("元"))
    #expect(!lexicon.isMoney("人") && !lexicon.isMoney(nil))
    #expect(lexicon.isPercentage("%") && !lexicon.isPercentage("个百分点"))
    #expect(lexicon.dimension(of: "级") == UnitLexicon.grade)
    #expect(lexicon.sameDimension("万元", "亿元") && !lexicon.sameDimension("万元", "人"))
  }

  @Test("the longest unit comes first, so 平方公里 wins over 公里")
  func longestFirst() throws {
    let square = try #require(lexicon.units.firstIndex(of: Array("平方公里".unicodeScalars)))
    let plain = try #require(lexicon.units.firstIndex(of: Array("公里".unicodeScalars)))
    #expect(square < plain)
  }

  @Test("amounts of money in different units form one list and share its comparator")
  func moneyList() throws {
    let text = "某某区发展规划\n\n一、主要任务\n到2030年，某某区安排专项资金不少于2000万元、1.5亿元。\n"
    let found = try TestSupport.extract(text).quantities
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.comparator == .atLeast }, "\(found.map(\.comparator))")
  }

  @Test("a row whose dimension is not one word is a table error")
  func badRow() {
    let table = DataTable(name: "units.tsv", text: "张\tbeds of care\n")
    #expect(throws: DataTableError.self) { try UnitLexicon(table: table) }
  }
}
