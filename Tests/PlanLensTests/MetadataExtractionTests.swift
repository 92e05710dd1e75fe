import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract
@testable import PlanLensStructure

@Suite("Metadata: cue tables fire on their examples")
struct MetadataCueTableTests {
  let cues: MetadataCues
  let titles: TitleReader
  let periods: MetadataPeriod
  let resolver: JurisdictionResolver

  init() throws {
    cues = try MetadataCues.standard()
    titles = TitleReader(cues: cues)
    periods = MetadataPeriod(cues: cues)
    resolver = JurisdictionResolver(divisions: try AdministrativeDivisions.standard(), cues: cues)
  }

  /// Whether the row `kind`/`text` fires on `example`.
  func fires(_ kind: String, _ text: String, _ example: String) throws -> Bool {
    let row = cues.examples.first { $0.kind == kind && $0.text == text }
    switch kind {
    case "draft":
      let doc = try TestSupport.extract(example + "\n\n为推进工作，制定本方案。\n一、总体要求\n坚持统筹推进。\n")
      return doc.meta.status == .draft
    case "docType":
      let expected = cues.docTypes.first { $0.text == text }?.kind
      return expected != nil && titles.docType(of: example) == expected
    case "selfType": return titles.selfType(in: example) != nil
    case "fixedType": return titles.selfType(in: example) == cues.fixedTypes.first { $0.text == text }?.kind
    case "planPeriod":
      let p = periods.period(title: example, body: "", issueDate: nil, docType: nil)
      let cue = cues.planPeriods.first { $0.name == text }
      return p.start == cue?.start && p.end == cue?.end && p.start != nil
    case "periodCue":
      let p = periods.period(title: "", body: example, issueDate: nil, docType: nil)
      return p.start != nil && p.end != nil
    case "selfReference":
      return resolver.selfReferenceLevel(in: example) == cues.selfReferences.first { $0.text == text }?.level
    case "issuerSuffix":
      return example.hasSuffix(text) && MetadataSignature.isOrganisationName(example, suffixes: cues.issuerSuffixes)
    case "nationalIssuer", "nationalIssuerSuffix": return resolver.isNational(issuer: example)
    case "localIssuerPrefix":
      return example.hasSuffix("部") && !resolver.isNational(issuer: example)
        && resolver.isNational(issuer: String(example.dropFirst(text.count)))
    case "headerField":
      let field = MetadataHeaderFields.field(example.squeezed, cues: cues)?.0
      return field != nil && field == cues.headerFields.first { $0.label == text }?.field
    case "printed": return MetadataSignature.dateLine(example.squeezed, cues: cues)?.2 == true
    case "yearlyKind":
      let p = periods.period(title: "", body: "", issueDate: "2020-03-01", docType: titles.docType(of: example))
      return p.start == 2020 && p.end == 2020
    case "divisionEnding":
      return !resolver.shortNames.mentions(in: example, level: .province).isEmpty
        || !resolver.shortNames.mentions(in: example, level: .city).isEmpty
    default:
      Issue.record("no test for kind \(kind) (\(row?.text ?? text))")
      return false
    }
  }

  @Test("every row of metadata-cues.tsv has an example and fires on it")
  func metadataRows() throws {
    #expect(cues.examples.count > 50)
    for row in cues.examples {
      let example = try #require(row.example, "\(row.kind) \(row.text) has no example")
      #expect(try fires(row.kind, row.text, example), "\(row.kind) \(row.text) does not fire on \(example)")
    }
  }

  @Test("every row of partition-cues.tsv has an example and fires on it")
  func partitionRows() throws {
    let table = try PartitionCues.table()
    let p = try PartitionCues(table: table)
    #expect(table.rows.count > 30)
    for (row, example) in zip(table.rows, table.examples) {
      let ex = try #require(example, "\(row) has no example")
      let line = ex.squeezed
      let fired: Bool
      switch row[0] {
      case "headerField": fired = p.isHeaderField(line)
      case "addressee": fired = p.isAddressee(line)
      case "transmission": fired = p.isTransmission(line)
      case "contents": fired = p.isContents(line)
      case "orgSuffix": fired = p.isOrganisation(line)
      case "attachment": fired = p.isAttachmentLine(line)
      default: fired = false
      }
      #expect(fired, "\(row) does not fire on \(ex)")
    }
  }
}

@Suite("Metadata: documents of any field and level")
struct MetadataExtractionTests {
  @Test("a national notice without 《》: number, issuer, date, plan title, national level")
  func nationalNotice() throws {
    let text = """
      国务院办公厅关于印发海洋渔业发展规划（2021—2030年）的通知
      国办发〔2021〕7号
      各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
      　　《海洋渔业发展规划（2021—2030年）》已经国务院同意，现印发给你们，请认真贯彻执行。
      国务院办公厅
      2021年3月1日
      （此件公开发布）
      海洋渔业发展规划
      （2021—2030年）
      　　为推动海洋渔业转型，制定本规划。
      一、总体要求
      　　坚持生态优先。到2030年，远洋渔船达到1000艘。
      二、重点任务
      　　推进渔港建设。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == "海洋渔业发展规划（2021—2030年）")
    #expect(doc.meta.docNumber == "国办发〔2021〕7号")
    #expect(doc.meta.issuer == "国务院办公厅")
    #expect(doc.meta.issueDate == "2021-03-01")
    #expect(doc.meta.level == .national)
    #expect(doc.meta.jurisdiction.province == nil)
    #expect(doc.meta.docType == "规划")
    #expect(doc.meta.period.start == 2021 && doc.meta.period.end == 2030)
    #expect(doc.headings.map(\.title).starts(with: ["总体要求", "重点任务"]))
  }

  @Test("a web page's header fields are metadata, never the title")
  func headerFields() throws {
    let text = """
      索 引 号：11360000MB0000000X/2022-00031
      发文机关：江西省人民政府办公厅
      发文字号：赣府厅发〔2022〕5号
      成文日期：2022年03月10日
      发布日期：2022-03-15
      江西省茶产业振兴三年行动方案（2022—2024年）

      　　为做强茶产业，制定本方案。
      一、主要目标
      　　到2024年，茶园面积稳定在160万亩。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == "江西省茶产业振兴三年行动方案（2022—2024年）")
    #expect(doc.meta.issuer == "江西省人民政府办公厅")
    #expect(doc.meta.docNumber == "赣府厅发〔2022〕5号")
    #expect(doc.meta.issueDate == "2022-03-10")
    #expect(doc.meta.jurisdiction.province == "江西省")
    #expect(doc.meta.jurisdiction.city == nil)
    #expect(doc.meta.level == .province)
    #expect(doc.meta.docType == "行动方案")
  }

  @Test("an addressee line is never the title; the kind comes from the text")
  func addresseeIsNotTitle() throws {
    let text = """
      各市人民政府，各县（市、区）人民政府，省政府各部门：
      　　为加快林业碳汇发展，经省政府同意，提出如下意见。
      一、明确发展方向
      　　全省森林覆盖率持续提高。
      二、强化政策支持
      　　我省对林业碳汇项目给予支持。
      福建省人民政府
      2023年6月8日
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == nil)
    #expect(doc.meta.docType == "意见")
    #expect(doc.meta.issuer == "福建省人民政府")
    #expect(doc.meta.issueDate == "2023-06-08")
    #expect(doc.meta.jurisdiction.province == "福建省")
    #expect(doc.meta.level == .province)
    #expect(doc.headings.map(\.title).starts(with: ["明确发展方向", "强化政策支持"]))
  }

  @Test("no printed title: title null, kind from 制定本…, issuer and date from the 印发 line")
  func untitledPlan() throws {
    let text = """
      　　为贯彻落实《智慧湖南发展规划（2018—2022年）》，加快智慧社会建设，制定本行动方案。
      　　一、建设数字政府
      　　全省政务服务事项全部网上可办（省政务局牵头）。
      　　抄送：省委各部门，省人大常委会办公厅。
      　　湖南省人民政府办公厅 2019年4月2日印发
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == nil)
    #expect(doc.meta.docType == "行动方案")
    #expect(doc.meta.issuer == "湖南省人民政府办公厅")
    #expect(doc.meta.issueDate == "2019-04-02")
    #expect(doc.meta.period.start == 2019 && doc.meta.period.end == 2019)
    #expect(doc.meta.jurisdiction.province == "湖南省")
  }

  @Test("a one-year plan named by a province's short name; a cited plan's period does not count")
  func oneYearPlan() throws {
    let text = """
      智慧江苏2022行动方案

      　　为贯彻落实《智慧江苏发展规划（2018—2022年）》，制定本行动方案。
      　　一、建设数字政府
      　　全省政务服务事项全部网上可办。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == "智慧江苏2022行动方案")
    #expect(doc.meta.period.start == 2022 && doc.meta.period.end == 2022)
    #expect(doc.meta.jurisdiction.province == "江苏省")
    #expect(doc.meta.jurisdiction.city == nil)
    #expect(doc.meta.level == .province)
  }

  @Test("若干政策措施 is 措施; a city named short in the title; only a horizon gives the end")
  func cityPolicies() throws {
    let text = """
      关于建设“智造合肥”的若干政策措施

      　　为加快制造业升级，结合我市实际，制定如下政策措施。
      　　一、支持企业技术改造。到2026年，全市规模以上工业企业数字化改造全覆盖。（责任单位：市经济和信息化局）
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.docType == "措施")
    #expect(doc.meta.jurisdiction.city == "合肥市")
    #expect(doc.meta.jurisdiction.province == "安徽省")
    #expect(doc.meta.level == .city)
    #expect(doc.meta.period.start == nil && doc.meta.period.end == 2026)
  }

  @Test("a ministry's plan naming no place is national")
  func ministryPlan() throws {
    let text = """
      　　为推动我国机器人产业发展，制订本行动计划。
      一、总体要求
      　　到2025年，我国机器人密度翻番。各地区要加强组织实施。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.level == .national)
    #expect(doc.meta.jurisdiction.province == nil)
    #expect(doc.meta.docType == "行动计划")
    #expect(doc.meta.title == nil)
    #expect(doc.meta.period.end == 2025)
  }

  @Test("document numbers in their printed forms, and a cited number is not the document's")
  func documentNumbers() {
    #expect(DocumentNumberReader.standalone("鲁政办字〔2019〕23号") == "鲁政办字〔2019〕23号")
    #expect(DocumentNumberReader.standalone("（济政发[2021]12号）") == "济政发[2021]12号")
    #expect(DocumentNumberReader.standalone("某政发（2020）3号") == "某政发（2020）3号")
    #expect(DocumentNumberReader.standalone("依据国发〔2019〕5号文件精神") == nil)
    #expect(DocumentNumberReader.trailing("关于某事项的通知某政发〔2020〕3号", kinds: ["通知"]) == "某政发〔2020〕3号")
    #expect(DocumentNumberReader.trailing("落实《关于某事项的通知》（某政发〔2020〕3号）", kinds: ["通知"]) == nil)
    #expect(DocumentNumberReader.inValue("某政办发〔2022〕18号") == "某政办发〔2022〕18号")
  }

  @Test("a draft marker makes the status draft and leaves the title")
  func draftTitle() throws {
    let doc = try TestSupport.extract("某某县全民健身实施计划（2021—2025年）（征求意见稿）\n\n为推进全民健身，制定本计划。\n一、总体要求\n坚持普惠。\n")
    #expect(doc.meta.status == .draft)
    #expect(doc.meta.title == "某某县全民健身实施计划（2021—2025年）")
    #expect(doc.meta.docType == "实施计划")
  }

  @Test("a title line closed by its 文号 keeps the title apart from the number")
  func titleWithNumber() throws {
    let text = """
      浙江省人民政府办公厅关于促进花卉产业发展的实施意见浙政办发〔2023〕18号
      各市、县（市、区）人民政府，省政府直属各单位：
      　　为促进花卉产业发展，现提出如下实施意见。
      一、总体要求
      　　到2027年，全省花卉产值达到500亿元。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == "浙江省人民政府办公厅关于促进花卉产业发展的实施意见")
    #expect(doc.meta.docNumber == "浙政办发〔2023〕18号")
    #expect(doc.meta.issuer == "浙江省人民政府办公厅")
    #expect(doc.meta.period.start == nil && doc.meta.period.end == 2027)
  }

  @Test("a line ending in a colon after the addressees is body text, not the title")
  func colonLineIsNotTitle() throws {
    let text = """
      各市人民政府，省政府各部门：
      　　为落实《某某省“十四五”林业发展规划》，现就加快油茶发展提出以下意见：
      一、扩大种植面积
      　　全省新增油茶林10万亩。
      """
    let doc = try TestSupport.extract(text)
    #expect(doc.meta.title == nil)
    #expect(doc.meta.docType == "意见")
    #expect(doc.meta.period.start == nil)
  }
}
