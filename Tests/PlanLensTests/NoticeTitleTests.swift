import PlanLensText
import Testing

@Suite("Notice titles: notice-cues.tsv")
struct NoticeTitleTests {
  @Test("every row of notice-cues.tsv has an example that it unwraps")
  func everyRowFires() throws {
    let table = try NoticeTitle.table()
    let cues = try NoticeTitle(table: table)
    #expect(table.rows.count >= 4)
    for (row, example) in zip(table.rows, table.examples) {
      let ex = try #require(example, "\(row) has no example")
      #expect(ex.contains(row[1]), "\(row) is not in its example \(ex)")
      let plan = try #require(cues.plan(namedBy: ex), "\(row) does not unwrap \(ex)")
      #expect(!plan.contains(row[1]), "\(row) stays in the plan \(plan) of \(ex)")
    }
  }

  @Test("the plan, the issuer and what is not a notice")
  func unwrapping() throws {
    let cues = try NoticeTitle.standard()
    #expect(cues.plan(namedBy: "某某区人民政府关于印发《某某区数据要素行动方案》的通知") == "某某区数据要素行动方案")
    #expect(cues.plan(namedBy: "关于转发某某市科技创新若干措施的通知") == "某某市科技创新若干措施")
    #expect(cues.issuerPart(of: "某某区人民政府关于印发某某方案的通知") == "某某区人民政府")
    #expect(cues.plan(namedBy: "某某区数据要素行动方案") == nil)
    #expect(cues.plan(namedBy: "关于加强某某工作的通知") == nil, "no verb: a notice of its own, not a cover")
  }

  @Test("a row of an unknown kind is a table error")
  func badRow() {
    let table = DataTable(name: "notice-cues.tsv", text: "heading\t关于\n")
    #expect(throws: DataTableError.self) { try NoticeTitle(table: table) }
  }
}
