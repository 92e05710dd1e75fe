import Foundation
import Testing

@testable import PlanLensIngest

/// .docx: paragraphs in order, tables, and automatic numbering drawn into the text.
@Suite struct IngestDocxTests {
  typealias S = IngestTestSupport

  /// 一、 / （一） / 1. levels on abstract 0 (numId 1); a separate decimal list on abstract 1
  /// used through numId 2 and, restarted by a startOverride, numId 3.
  static let numbering = S.numberingXML(
    """
    <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>\
    \(S.level(0, format: "chineseCounting", text: "%1、", extra: "<w:suff w:val=\"nothing\"/>"))\
    \(S.level(1, format: "chineseCounting", text: "（%2）"))\
    \(S.level(2, format: "decimal", text: "%3."))\
    </w:abstractNum>\
    <w:abstractNum w:abstractNumId="1">\
    \(S.level(0, format: "decimal", text: "附件%1："))\
    </w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="1"/>\
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    """)

  static let body = [
    S.paragraph("济宁市兖州区“十四五”养老服务发展规划"),
    S.paragraph("总体要求", numId: 1, level: 0),
    S.paragraph("指导思想", numId: 1, level: 1),
    S.paragraph("强化党建引领。", numId: 1, level: 2),
    S.paragraph("健全服务体系。", numId: 1, level: 2),
    S.paragraph("基本原则", numId: 1, level: 1),
    S.paragraph("坚持兜底保障。", numId: 1, level: 2),
    S.paragraph("主要任务", numId: 1, level: 0),
    S.paragraph("完善设施布局", numId: 1, level: 1),
    S.paragraph(""),
    S.paragraph(""),
    """
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc>\
    <w:tc><w:p><w:r><w:t>牵头单位：</w:t></w:r><w:r><w:tab/><w:t>区民政局</w:t></w:r></w:p>\
    <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    """,
    S.paragraph("养老机构名单", numId: 2),
    S.paragraph("项目清单", numId: 2),
    S.paragraph("重新编号", numId: 3),
    S.paragraph("继续编号", numId: 2),
    S.paragraph("不编号", numId: 0),
  ].joined()

  static let expected = """
    济宁市兖州区“十四五”养老服务发展规划
    一、总体要求
    （一）指导思想
    1.强化党建引领。
    2.健全服务体系。
    （二）基本原则
    1.坚持兜底保障。
    二、主要任务
    （一）完善设施布局

    序号
    牵头单位：\t区民政局
    第一行
    第二行
    附件1：养老机构名单
    附件2：项目清单
    附件1：重新编号
    附件2：继续编号
    不编号

    """

  static func docx(body: String, numbering: String? = Self.numbering, extra: [(String, String)] = [])
    throws -> Data
  {
    var parts = [("[Content_Types].xml", S.contentTypes), ("word/document.xml", S.documentXML(body))]
    if let numbering { parts.append(("word/numbering.xml", numbering)) }
    return try S.zip(parts + extra)
  }

  @Test func drawsAutomaticNumbersInOrderAndRestartsDeeperLevels() throws {
    let path = try S.write([UInt8](Self.docx(body: Self.body)), named: "规划.docx")
    let document = try DocumentReader().read(path: path)
    #expect(document.text == Self.expected)
    #expect(document.info.format == "docx")
    #expect(document.info.encoding == "UTF-8")
    #expect(document.info.path == path)
    #expect(document.info.sha256.count == 64)
  }

  @Test func numbersExistOnlyAsListFormatting() throws {
    // The document part itself holds no "一、": it comes from numbering.xml.
    #expect(!Self.body.contains("一、"))
    let text = try DocxTextExtractor().extract(Self.docx(body: Self.body), path: "x.docx")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.firstIndex(of: "一、总体要求") == 1)
    #expect(lines.filter { $0.hasPrefix("（一）") }.count == 2)
  }

  @Test func withoutNumberingPartParagraphsAreUnnumbered() throws {
    let text = try DocxTextExtractor().extract(
      Self.docx(body: S.paragraph("总体要求", numId: 1), numbering: nil), path: "x.docx")
    #expect(text == "总体要求\n")
  }

  @Test func countsPastTenInChinese() throws {
    let body = (1...21).map { S.paragraph("第\($0)项", numId: 1, level: 0) }.joined()
    let lines = try DocxTextExtractor().extract(Self.docx(body: body), path: "x.docx")
      .split(separator: "\n").map(String.init)
    #expect(lines[9] == "十、第10项")
    #expect(lines[10] == "十一、第11项")
    #expect(lines[19] == "二十、第20项")
    #expect(lines[20] == "二十一、第21项")
  }

  @Test func startValueAndOverridesAreHonoured() throws {
    let numbering = S.numberingXML(
      """
      <w:abstractNum w:abstractNumId="0">\(S.level(0, format: "chineseCounting", text: "第%1章", start: 3))\
      </w:abstractNum>\
      <w:abstractNum w:abstractNumId="1">\(S.level(0, format: "decimalEnclosedCircle", text: "%1"))\
      </w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
      <w:num w:numId="2"><w:abstractNumId w:val="1"/>\
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
      """)
    let body = [
      S.paragraph("发展环境", numId: 1), S.paragraph("总体要求", numId: 1),
      S.paragraph("养老", numId: 2), S.paragraph("医疗", numId: 2),
    ].joined()
    let text = try DocxTextExtractor().extract(Self.docx(body: body, numbering: numbering), path: "x.docx")
    #expect(text == "第三章发展环境\n第四章总体要求\n⑤养老\n⑥医疗\n")
  }

  @Test func headingStylesCarryNumbering() throws {
    let styles = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:styles xmlns:w="\(S.wordNamespace)">\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading1Sub"><w:basedOn w:val="1"/></w:style>\
      <w:style w:type="paragraph" w:styleId="2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>\
      </w:numPr></w:pPr></w:style>\
      </w:styles>
      """
    let body = [
      S.paragraph("总体要求", style: "1"), S.paragraph("指导思想", style: "2"),
      S.paragraph("主要任务", style: "Heading1Sub"), S.paragraph("正文。"),
      S.paragraph("保障措施", style: "1"),
    ].joined()
    let text = try DocxTextExtractor().extract(
      Self.docx(body: body, extra: [("word/styles.xml", styles)]), path: "x.docx")
    #expect(text == "一、总体要求\n（一）指导思想\n二、主要任务\n正文。\n三、保障措施\n")
  }

  @Test func skipsHiddenDeletedFieldCodeAndFallbackText() throws {
    let body = """
      <w:p><w:r><w:t>保留</w:t></w:r>\
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\
      <w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>\
      <w:r><w:instrText> PAGE </w:instrText></w:r>\
      <w:r><w:t xml:space="preserve"> 文字</w:t></w:r></w:p>\
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
      <w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>\
      </w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>外层</w:t></w:r></w:p>
      """
    let text = try DocxTextExtractor().extract(Self.docx(body: body), path: "x.docx")
    #expect(text == "保留 文字\n文本框\n外层\n")
  }

  @Test func followsThePackageRelationshipsToTheMainPart() throws {
    let rels = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>\
      </Relationships>
      """
    let docRels = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering2.xml"/>\
      </Relationships>
      """
    let data = try S.zip([
      ("[Content_Types].xml", S.contentTypes), ("_rels/.rels", rels),
      ("word/_rels/document2.xml.rels", docRels),
      ("word/document2.xml", S.documentXML(S.paragraph("总体要求", numId: 1))),
      ("word/numbering2.xml", Self.numbering),
    ])
    #expect(try DocxTextExtractor().extract(data, path: "x.docx") == "一、总体要求\n")
  }

  @Test(
    "Number formats",
    arguments: [
      (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
      (20, "chineseCounting", "二十"), (21, "chineseCounting", "二十一"),
      (100, "chineseCountingThousand", "一百"), (101, "chineseCountingThousand", "一百零一"),
      (110, "chineseCounting", "一百一十"), (1005, "chineseCounting", "一千零五"),
      (10010, "chineseCounting", "一万零一十"), (12, "chineseLegalSimplified", "壹拾贰"),
      (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "甲"),
      (3, "decimalEnclosedCircleChinese", "③"), (21, "decimalEnclosedCircle", "㉑"),
      (12, "decimalFullWidth", "１２"), (2025, "ideographDigital", "二〇二五"),
      (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimalZero", "07"),
      (5, "decimal", "5"), (5, "somethingNew", "5"), (2, "ideographEnclosedCircle", "㊁"),
    ])
  func numberFormat(value: Int, format: String, expected: String) {
    #expect(DocxNumberFormatter.format(value, as: format) == expected)
  }
}
