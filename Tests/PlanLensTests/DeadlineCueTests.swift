import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// deadline-cues.tsv: every row fires on its example sentence, written in the pattern.
@Suite("Deadline cues: every row of deadline-cues.tsv fires on its example")
struct DeadlineCueTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let line: Int
    let kind: String
    let word: String
    let example: String
    var testDescription: String { "deadline-cues.tsv:\(line) \(kind) \(word)" }
  }

  static func rows() -> [Row] {
    guard let table = try? DeadlineCues.table() else { return [] }
    return table.rows.indices.compactMap { i in
      let row = table.rows[i]
      guard row.count >= 2, let example = table.examples[i] else { return nil }
      return Row(line: table.lineNumbers[i], kind: row[0], word: row[1], example: example)
    }
  }

  /// The quantities of `example` under a task heading, in a plan for 2021–2025 or, with
  /// `yearOnly`, in the work points of 2026 (a document of one year).
  private func quantities(_ example: String, yearOnly: Bool = false) throws -> [Quantity] {
    let title = yearOnly ? "某某县2026年重点工作要点" : "某某县国民经济发展规划（2021—2025年）"
    return try TestSupport.extract("\(title)\n\n一、重点任务\n\(example)。\n").quantities
  }

  private func describe(_ found: [Quantity]) -> String {
    found.map { q in
      let deadline = q.deadline.map { d in
        "\(d.year.map(String.init) ?? "?") \(d.text) \(d.source.map { "\($0)" } ?? "-")"
      }
      return "\(q.indicator)|\(q.value)|\(deadline ?? "-")"
    }.joined(separator: "; ")
  }

  @Test("the table loads, every row with an example", arguments: [0])
  func tableLoads(_: Int) throws {
    let table = try DeadlineCues.table()
    #expect(!table.rows.isEmpty)
    #expect(table.rows.indices.allSatisfy { table.examples[$0] != nil })
  }

  @Test("each row does what its kind says", arguments: rows())
  func rowFires(row: Row) throws {
    let found = try quantities(row.example, yearOnly: ["yearWord", "yearlessEnd", "yearlessWithin"].contains(row.kind))
    #expect(!found.isEmpty, "\(row.word): nothing read")
    switch row.kind {
    case "startsAfter":
      // The date is a start or an eligibility date: no figure takes it as its deadline.
      #expect(!found.contains { $0.deadline?.text.contains("月1日") ?? false }, "\(row.word): \(describe(found))")
    case "pastFrame":
      // The date dates a fact: no figure takes it as its deadline.
      #expect(!found.contains { $0.deadline?.text.contains("6月底") ?? false }, "\(row.word): \(describe(found))")
    case "yearWord":
      // 每年底 / 青年内…: no deadline in the document's year.
      #expect(!found.contains { $0.deadline?.source == .documentYear }, "\(row.word): \(describe(found))")
    case "yearlessEnd", "yearlessWithin":
      #expect(
        found.contains { $0.deadline?.source == .documentYear && $0.deadline?.text.contains(row.word) == true },
        "\(row.word): \(describe(found))")
    default:
      #expect(found.contains { $0.deadline?.text.contains(row.word) == true }, "\(row.word): \(describe(found))")
    }
  }

  @Test("a month's end counts leap years: 2028年2月底 is 29 February")
  func leapMonthEnd() throws {
    let q = try quantities("2028年2月底前完成老旧小区改造30个")
    #expect(q.first?.deadline?.month == 2)
    #expect(q.first?.deadline?.day == 29)
  }

  @Test("an unknown kind is a table error naming its row")
  func unknownKind() throws {
    let table = DataTable(name: "deadline-cues.tsv", text: "lead\t到\t例：到2027年建成公园5个\nsoon\t快\t例：快建成\n")
    #expect(throws: DataTableError.self) { try DeadlineCues(table: table) }
  }
}
