import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// Numbers and units as an open class: ratios and fractions, framed Chinese counts, magnitudes,
/// and numbers that are not quantities, each form a row of a table with an example that fires.
@Suite("Number forms: ratios, counts, magnitudes, exclusions")
struct NumberFormTests {
  static let tables = ["measure-words.tsv", "ratio-cues.tsv", "number-exclusions.tsv"]

  static func rows(_ name: String) -> [QuantityLexiconTests.Row] { QuantityLexiconTests.rows(name) }

  static let rules: ExtractionRules = {
    do { return try ExtractionRules.standard() } catch { fatalError("rules: \(error)") }
  }()

  /// The quantities of a one-sentence plan, read with `rules`.
  private func quantities(_ sentence: String, rules: ExtractionRules = NumberFormTests.rules) throws -> [Quantity] {
    let text = "某某市发展规划\n\n一、主要任务\n\(sentence)。\n"
    let cleaned = TestSupport.cleaner.clean(MappedText(source: text))
    let outline = TestSupport.parser.parse(cleaned)
    let meta = try TestSupport.extract(text).meta
    let doc = DocumentText(
      source: text, cleanedOrigin: cleaned.origin, normalized: try UnicodeNormalizer().nfkc(cleaned), outline: outline,
      meta: meta)
    return try QuantityExtractor(rules: rules, planPeriods: []).extract(doc)
  }

  private func describe(_ found: [Quantity]) -> String {
    found.map { "\($0.indicator)|\($0.comparator)\($0.value)\($0.unit ?? "-")|\($0.quote)" }.joined(separator: "; ")
  }

  @Test("every row of the number-form tables has an example", arguments: tables)
  func everyRowHasAnExample(name: String) {
    let rows = Self.rows(name)
    #expect(!rows.isEmpty, "\(name)")
    for row in rows { #expect(row.example?.isEmpty == false, "\(row.testDescription) has no 例：") }
  }

  @Test("measure-words.tsv: the frame reads its count or magnitude", arguments: rows("measure-words.tsv"))
  func measureRowFires(row: QuantityLexiconTests.Row) throws {
    let example = try #require(row.example)
    let found = try quantities(example)
    var without = Self.rules
    without.numberForms.measures = .none
    let plain = try quantities(example, rules: without)
    switch row.kind {
    case "measure":
      #expect(found.contains { $0.unit == row.word }, "\(row.word): \(describe(found))")
      #expect(!plain.contains { $0.unit == row.word }, "\(row.word) read without the frame")
    case "level":
      #expect(found.contains { $0.unit == row.word && $0.value >= 10_000 }, "\(row.word): \(describe(found))")
    case "exceed":
      #expect(found.contains { $0.value >= 10_000 }, "\(row.word): \(describe(found))")
    default:
      #expect(found.contains { $0.quote.contains(row.word) }, "\(row.word): \(describe(found))")
    }
    #expect(found.count > plain.count, "\(row.word) adds nothing: \(describe(plain))")
  }

  @Test("ratio-cues.tsv: the ratio or fraction is read with an empty unit", arguments: rows("ratio-cues.tsv"))
  func ratioRowFires(row: QuantityLexiconTests.Row) throws {
    let found = try quantities(try #require(row.example))
    let isFraction = row.kind.hasPrefix("fraction")
    #expect(
      found.contains { $0.unit == "" && (isFraction ? $0.value < 1 : $0.value >= 1) }, "\(row.word): \(describe(found))"
    )
  }

  @Test(
    "number-exclusions.tsv: the pattern stops a number that would be read", arguments: rows("number-exclusions.tsv"))
  func exclusionRowFires(row: QuantityLexiconTests.Row) throws {
    let example = try #require(row.example)
    var without = Self.rules
    let pattern = Array(row.kind.replacingOccurrences(of: "_", with: "").unicodeScalars)
    without.numberForms.exclusions = NumberExclusions(
      patterns: Self.rules.numberForms.exclusions.patterns.filter {
        $0.before + $0.after != pattern
          || $0.afterUnit != (row.fields.count > 1 && row.fields[1] == NumberExclusions.afterUnitMarker)
      })
    let kept = try quantities(example)
    let read = try quantities(example, rules: without)
    #expect(kept.count < read.count, "\(row.kind): \(describe(kept)) vs \(describe(read))")
  }

  /// A sentence and the value read from it, with its comparator or unit.
  struct Case: Sendable, CustomTestStringConvertible {
    let sentence: String
    let value: Double
    let detail: String
    init(_ sentence: String, _ value: Double, _ detail: String = "") {
      self.sentence = sentence
      self.value = value
      self.detail = detail
    }
    var testDescription: String { sentence }
  }

  @Test(
    "ratios after a ratio word, fractions after a share word",
    arguments: [
      Case("专职辅导员按师生比不低于1∶200配备", 200, ">="), Case("专职辅导员按师生比不低于1:200配备", 200, ">="),
      Case("新建小区充电车位配比达到1∶5", 5, ">="), Case("全市规上企业研发机构覆盖率超过1/2", 0.5, ">"),
      Case("乡村教师中骨干教师占1/4以上", 0.25, ">="), Case("三分之二以上的乡镇建成综合服务中心", 2.0 / 3, ">="),
    ])
  func ratios(c: Case) throws {
    let found = try quantities(c.sentence)
    let q = try #require(found.first { $0.unit == "" }, "\(c.sentence): \(describe(found))")
    #expect(abs(q.value - c.value) < 1e-9)
    #expect(q.comparator.rawValue == c.detail)
  }

  @Test(
    "order-of-magnitude levels and exceeded magnitudes",
    arguments: [
      Case("打造一批百万级用户规模的应用平台", 1e6, "级"), Case("培育2个万亿级产业集群", 1e12, "级"),
      Case("建设3个千亿级先进制造业基地", 1e11, "级"), Case("打造超千亿元的新能源产业链", 1e11, "元"),
      Case("形成过千亿的产业集群", 1e11, ""),
    ])
  func magnitudes(c: Case) throws {
    let found = try quantities(c.sentence)
    #expect(found.contains { $0.value == c.value && $0.unit == c.detail }, "\(c.sentence): \(describe(found))")
  }

  @Test("超 before a magnitude is a strict lower bound")
  func exceedComparator() throws {
    let q = try #require(try quantities("打造超千亿元的新能源产业链").first)
    #expect(q.comparator == .moreThan)
  }

  @Test(
    "durations counted in Chinese inside a frame",
    arguments: [
      Case("对连续两年亩产效益排名靠后的企业实施差别化电价", 2), Case("对入驻企业连续补贴三年租金", 3), Case("奖励资金分三年兑现", 3),
    ])
  func countedDurations(c: Case) throws {
    let found = try quantities(c.sentence)
    #expect(found.contains { $0.value == c.value && $0.unit == "年" }, "\(c.sentence): \(describe(found))")
  }

  @Test(
    "words, references, slogans and time references are not quantities",
    arguments: [
      "推进长三角生态绿色一体化发展", "组织开展校园足球三级联赛", "促进人机物三元融合", "具体点位布局如附件1所示", "各片区功能分区如图11所示",
      "年度重点项目安排见表3项目清单", "着力打通便民服务最后1公里", "近两年全区新开工项目持续增加", "近十年来全市科技投入持续增加",
      "党工委会议于8:30召开", "自2021/3起施行", "通过百度地图发布停车信息",
    ])
  func notQuantities(sentence: String) throws {
    let found = try quantities(sentence)
    #expect(found.isEmpty, "\(sentence): \(describe(found))")
  }

  @Test("a school counted before 示范 is still a quantity")
  func countBeforeDemonstration() throws {
    let found = try quantities("每个县建设1所示范性特殊教育学校")
    #expect(found.contains { $0.value == 1 && $0.unit == "所" }, "\(describe(found))")
  }
}
