import Foundation
import Testing

@testable import PlanLensExtract
@testable import PlanLensText

@Suite("Milestones: phases, reviews and dated steps, with cues from milestone-cues.tsv")
struct MilestoneExtractionTests {
  static let table: DataTable = {
    do { return try MilestoneCues.table() } catch { fatalError("milestone-cues.tsv: \(error)") }
  }()

  /// What the extractors read for a text written in the test.
  private func documentText(_ text: String) throws -> DocumentText {
    let cleaned = TestSupport.cleaner.clean(MappedText(source: text))
    let outline = TestSupport.parser.parse(cleaned)
    let meta = try TestSupport.extract(text).meta
    return DocumentText(
      source: text, cleanedOrigin: cleaned.origin, normalized: try UnicodeNormalizer().nfkc(cleaned), outline: outline,
      meta: meta)
  }

  /// The milestones of a short plan written in the test.
  private func milestones(_ body: String) throws -> [(label: String, start: String?, end: String?)] {
    try TestSupport.extract(body).milestones.map { ($0.label, $0.start, $0.end) }
  }

  @Test("every row of milestone-cues.tsv has an example")
  func everyRowHasAnExample() {
    for (i, example) in Self.table.examples.enumerated() {
      #expect(example?.isEmpty == false, "milestone-cues.tsv line \(Self.table.lineNumbers[i]) has no 例：")
    }
  }

  @Test("each cue row yields a milestone on its example; each skip row stops one")
  func everyRowFires() throws {
    let cues = try MilestoneCues.standard()
    var withoutSkips = cues
    withoutSkips.skips = []
    for (i, row) in Self.table.rows.enumerated() {
      let example = try #require(Self.table.examples[i])
      // A title with a period, so that no example's year is taken for the plan's end.
      let doc = try documentText("某某市专项行动方案（2030—2035年）\n\n" + example)
      let found = try MilestoneExtractor(cues: cues).extract(doc)
      if row[0] == "word" {
        var withoutWords = cues
        withoutWords.words = []
        #expect(found.isEmpty, "word \(row[1]): \(example)")
        #expect(try !MilestoneExtractor(cues: withoutWords).extract(doc).isEmpty, "word \(row[1]) stops nothing")
      } else if row[0] == "skip" {
        #expect(found.isEmpty, "skip \(row[1]): \(example)")
        #expect(try !MilestoneExtractor(cues: withoutSkips).extract(doc).isEmpty, "skip \(row[1]) stops nothing")
      } else {
        #expect(!found.isEmpty, "\(row[0]) \(row[1]): \(example)")
      }
    }
  }

  @Test("a dated step ends on its date: month end, year end, a part of the year")
  func datedStepEnds() throws {
    let found = try milestones(
      """
      某某县河湖治理三年行动方案（2031—2033年）

      一、工作安排
      各县区于2031年10月底前制定实施细则。
      市交通局于2031年上半年完成路网普查。
      到2031年年底，全面推行河湖巡查制度。
      """)
    #expect(found.map(\.end) == ["2031-10-31", "2031-06-30", "2031-12-31"])
    #expect(found.allSatisfy { $0.start == nil })
    #expect(found.first?.label == "各县区制定实施细则")
  }

  @Test("a date right after its subject and closed by 前 frames a step; a date opening its clause does not")
  func subjectFramedStep() throws {
    let found = try milestones(
      """
      某某县河湖治理三年行动方案（2031—2033年）

      各乡镇2031年9月底前完成河湖名录编制。
      2032年年底前，完善河湖管护长效机制。
      优先改造2000年前建成的老旧堤防。
      """)
    #expect(found.map(\.end) == ["2031-09-30"])
    #expect(found.first?.label == "各乡镇完成河湖名录编制")
  }

  @Test("the cover notice's own deadline is not a step of the plan")
  func noticeDeadlineIsNoStep() throws {
    let found = try milestones(
      """
      某某市交通运输局
      关于印发《某某市公路养护三年行动方案（2031—2033年）》的通知

      各区县交通运输局：
      现将方案印发给你们，请于2031年3月15日前将意见反馈市交通运输局。

      某某市交通运输局
      2031年3月1日

      某某市公路养护三年行动方案（2031—2033年）

      一、工作安排
      各区县于2031年10月底前完成路况普查。
      """)
    #expect(found.map(\.end) == ["2031-10-31"])
  }

  @Test("a step framed by 自…开始 starts on its date")
  func datedStepStarts() throws {
    let found = try milestones("自2032年秋季学期一年级新生开始，推行劳动教育必修课程。")
    #expect(found.count == 1)
    #expect(found.first?.start == "2032-09-01")
    #expect(found.first?.end == nil)
  }

  @Test("a dated goal with a number is a quantity, not a milestone")
  func numbersAreQuantities() throws {
    #expect(try milestones("各县区于2031年10月底前建成30个便民驿站。").isEmpty)
    #expect(try milestones("到2031年年底，覆盖率达到85%。").isEmpty)
  }

  @Test("a bare 到+year deadline is a goal's deadline, not a step")
  func bareYearIsNoStep() throws {
    #expect(try milestones("到2031年，基本建成现代水网体系。").isEmpty)
  }

  @Test("steps at the plan's end or beyond it, or before the document's year, are not milestones")
  func stepsWithinThePlan() throws {
    let found = try milestones(
      """
      某某市湿地保护规划（2031—2035年）
      各区于2033年6月底前完成湿地普查。
      各区于2035年年底前全面完成保护任务。
      到2040年年底，全面建成湿地城市。
      """)
    #expect(found.map(\.end) == ["2033-06-30"])
  }

  @Test("a month and day without a year take the document's year")
  func yearInferred() throws {
    let date = try #require(
      MilestoneDate.read(
        TextScalars("10月底前"), at: 0, limit: 5, year: 2031, cues: try MilestoneCues.standard()))
    #expect(date.endISO == "2031-10-31")
    #expect(date.isMarked)
  }

  @Test("each review in a sentence takes its own year")
  func reviewsPerClause() throws {
    let found = try milestones("2032年，对本方案实施情况开展中期评估；2034年，开展全面评估，结果向社会公布。")
    #expect(found.map(\.label) == ["中期评估", "全面评估"])
    #expect(found.map(\.end) == ["2032-12-31", "2034-12-31"])
  }

  @Test("phases of a work schedule keep their brackets' dates")
  func phases() throws {
    let found = try milestones(
      """
      三、实施步骤
      （一）宣传发动阶段（2031年3月底前）
      （二）全面推进阶段（2031年4月—2032年6月）
      """)
    #expect(found.map(\.start) == [nil, "2031-04-01"])
    #expect(found.map(\.end) == ["2031-03-31", "2032-06-30"])
  }

  @Test("a phase may give its dates after a colon")
  func phaseWithColon() throws {
    let found = try milestones(
      """
      三、实施步骤
      1.动员部署阶段：2031年3月—4月。
      2.全面推进阶段：2031年5月起，分批推进整治。
      3.总结验收阶段：全面总结经验做法。
      """)
    #expect(found.map(\.start) == ["2031-03-01", "2031-05-01"])
    #expect(found.map(\.end) == ["2031-04-30", nil])
  }

  @Test("年底前 without a year takes the document's year")
  func yearEndWithoutYear() throws {
    let found = try milestones(
      """
      某某县河湖治理三年行动方案（2031—2033年）

      各乡镇于年底前完成河湖名录编制。
      """)
    #expect(found.map(\.end) == ["2031-12-31"])
  }

  @Test("milestone quotes slice the source")
  func quotesSliceTheSource() throws {
    let text = "一、工作安排\n各县区于２０３１年１０月底前制定实施细则。\n"
    let doc = try TestSupport.extract(text)
    let m = try #require(doc.milestones.first)
    #expect(TestSupport.slice(text, m.span) == m.quote)
    #expect(m.end == "2031-10-31")
  }
}
