import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

@Suite("RangeJoiners: range-joiners.tsv")
struct RangeJoinersTests {
  func quantities(_ sentence: String) throws -> [Quantity] {
    try TestSupport.extract("某某区发展规划\n\n一、主要任务\n\(sentence)。\n").quantities
  }

  @Test("every row joins the two ends of its example's range")
  func everyRowFires() throws {
    let table = try RangeJoiners.table()
    #expect(!table.rows.isEmpty)
    for (row, example) in zip(table.rows, table.examples) {
      let ex = try #require(example, "\(row) has no example")
      let found = try quantities(ex)
      #expect(found.contains { $0.valueMax != nil }, "\(row): no range in \(found.map(\.value))")
    }
  }

  @Test("a joining word joins the years of a deadline too")
  func yearRange() throws {
    let found = try quantities("2031年至2033年，每年新建口袋公园10个")
    #expect(found.first?.deadline?.year == 2033)
  }

  @Test("dashes always join; a joiner of more than one character is a table error")
  func table() {
    #expect(RangeJoiners.dashesOnly.all.contains("—"))
    #expect(throws: DataTableError.self) { try RangeJoiners(table: DataTable(name: "range-joiners.tsv", text: "直至\n")) }
  }
}
