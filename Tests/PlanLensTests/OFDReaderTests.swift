import Foundation
import PlanLensModel
import PlanLensPipeline
import Testing

@testable import PlanLensIngest

/// OFD files written at test time by ``TestOFD``: a corpus plan wrapped at a fixed width and
/// split into text objects the way OFD writers split them reads back with the outline and the
/// quantities of its .txt, each on its page; damaged and incomplete packages get clear errors.
@Suite("Ingest: OFD")
struct OFDReaderTests {
  static let name = "shandong-jining-elderly-care-action-plan-2024-2026.txt"
  static let linesPerPage = 24

  static func paragraphs() throws -> [String] {
    try TestSupport.corpusText(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test(
    "a corpus plan as OFD: same headings and quantities as the .txt, each on its page",
    arguments: [TestOFD.Split.perLine, .perRun(length: 5)])
  func corpusPlanAsOFD(split: TestOFD.Split) throws {
    let (pages, pageOfOffset) = TestOFD.layout(try Self.paragraphs(), linesPerPage: Self.linesPerPage)
    #expect(pages.count >= 5)
    let path = try IngestTestSupport.write([UInt8](try TestOFD.make(pages: pages, split: split)), named: "plan.ofd")
    let pipeline = try ExtractionPipeline()
    let fromText = try pipeline.extract(
      DocumentReader().read(path: TestSupport.corpus.appendingPathComponent(Self.name).path))
    let source = try DocumentReader().read(path: path)
    #expect(source.info.format == "ofd")
    #expect(source.pageStarts?.count == pages.count)
    let fromOFD = try pipeline.extract(source)

    #expect(fromOFD.headings.map { [$0.label, $0.title] } == fromText.headings.map { [$0.label, $0.title] })
    #expect(fromOFD.headings.map(\.level) == fromText.headings.map(\.level))
    #expect(!fromText.quantities.isEmpty)
    #expect(
      fromOFD.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" }
        == fromText.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" })
    #expect(fromOFD.meta.title == fromText.meta.title)
    #expect(fromOFD.provisions.allSatisfy { $0.span.page != nil })
    let scalars = Array(source.text.unicodeScalars)
    for (inOFD, inText) in zip(fromOFD.quantities, fromText.quantities) {
      #expect(String(String.UnicodeScalarView(scalars[inOFD.span.range])) == inOFD.quote)
      #expect(inOFD.span.page == pageOfOffset[inText.span.start], "\(inOFD.quote)")
    }
    // Page numbers never split a paragraph: no line of the text is only a page number
    // followed by the rest of a sentence, and every page number is kept once.
    #expect(source.text.components(separatedBy: "\n- ").count - 1 == pages.count)
  }

  @Test("pages drawn per line and per character run in one file read the same")
  func mixedSplits() throws {
    let (pages, _) = TestOFD.layout(try Self.paragraphs(), linesPerPage: Self.linesPerPage)
    let perLine = try DocumentReader().read(
      data: try TestOFD.make(pages: pages, split: .perLine), path: "a.ofd")
    let mixed = try DocumentReader().read(
      data: try TestOFD.make(pages: pages, split: .perLine, mixed: true), path: "b.ofd")
    #expect(perLine.text == mixed.text)
    #expect(perLine.pageStarts == mixed.pageStarts)
  }

  @Test("wrapped lines join into their paragraph; an indent or a blank line starts a new one")
  func paragraphsRebuilt() throws {
    let long = String(repeating: "全市新增护理型床位三千张，", count: 5)
    let (pages, _) = TestOFD.layout(["一、总体要求", long, "", "二、重点任务"], linesPerPage: 40)
    #expect(pages[0].count == 5)
    let document = try DocumentReader().read(
      data: try TestOFD.make(pages: pages, split: .perRun(length: 4)), path: "p.ofd")
    #expect(document.text == "一、总体要求\n\(long)\n\n二、重点任务\n- 1 -\n")
    #expect(document.pageStarts == [0])
  }

  @Test("a paragraph running on into the next page is one line; the page number comes after it")
  func paragraphAcrossPages() throws {
    let long = String(repeating: "养老服务设施覆盖率达到百分之百，", count: 4)
    let (pages, pageOfOffset) = TestOFD.layout(["一、总体要求", long], linesPerPage: 2)
    #expect(pages.count == 2)
    let document = try DocumentReader().read(data: try TestOFD.make(pages: pages, split: .perLine), path: "p.ofd")
    #expect(document.text == "一、总体要求\n\(long)\n- 1 -\n- 2 -\n")
    let starts = try #require(document.pageStarts)
    #expect(starts.count == 2)
    // Page 2 starts inside the paragraph, where its first drawn line begins.
    let secondPageText = pages[1][0].text
    let offset = try #require(pageOfOffset.firstIndex(of: 2))
    #expect(starts[1] == offset)
    #expect(
      String(String.UnicodeScalarView(Array(document.text.unicodeScalars)[starts[1]...])).hasPrefix(secondPageText))
  }

  @Test("DeltaX with g-groups, TextCode without X, CTM scaling and an overprinted run")
  func textCodeForms() throws {
    let content = TestOFD.pageXML(
      """
      <ofd:TextObject ID="1" Boundary="20 30 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">一二三四</ofd:TextCode>\
      <ofd:TextCode Y="5">五</ofd:TextCode></ofd:TextObject>\
      <ofd:TextObject ID="4" Boundary="20 40 100 8" Size="5"><ofd:TextCode X="0" Y="5">六七</ofd:TextCode></ofd:TextObject>\
      <ofd:TextObject ID="2" Boundary="20 30 100 8" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">一二三四</ofd:TextCode></ofd:TextObject>\
      <ofd:TextObject ID="3" Boundary="20 50 100 8" Size="2.5" CTM="2 0 0 2 0 0"><ofd:TextCode X="0" Y="2.5">2025 年</ofd:TextCode></ofd:TextObject>
      """)
    let ofd = try TestOFD.make(pages: [[]], split: .perLine, replace: ["Doc_0/Pages/Page_0/Content.xml": content])
    let document = try DocumentReader().read(data: ofd, path: "forms.ofd")
    // 五 goes on after 四 (no X); the bold overprint is dropped; 六七 continues the full line;
    // the CTM doubles the 2.5 mm font, so 2025 年 is set at 5 mm like the rest.
    #expect(document.text == "一二三四五六七\n2025 年\n")
  }

  @Test(
    "damaged or incomplete OFDs say what is wrong",
    arguments: [
      ("OFD.xml", "OFD.xml is missing"),
      ("Doc_0/Document.xml", "Doc_0/Document.xml, the document OFD.xml names, is missing"),
      ("Doc_0/Pages/Page_1/Content.xml", "the page Doc_0/Pages/Page_1/Content.xml is missing"),
    ])
  func missingParts(part: String, reason: String) throws {
    let (pages, _) = TestOFD.layout(try Self.paragraphs(), linesPerPage: Self.linesPerPage)
    let path = try IngestTestSupport.write(
      [UInt8](try TestOFD.make(pages: pages, split: .perLine, omit: [part])), named: "plan.ofd")
    let error = try #require(throws: IngestError.self) { try DocumentReader().read(path: path) }
    guard case .brokenOFD(let p, let why) = error else {
      Issue.record("expected brokenOFD, got \(error)")
      return
    }
    #expect(p == path)
    #expect(why.contains(reason))
    #expect(error.description.hasPrefix(path + ": not a readable OFD file"))
    #expect(error.description.contains("download it again"))
  }

  @Test("malformed XML, a truncated zip, no text and a misnamed file")
  func otherFailures() throws {
    let (pages, _) = TestOFD.layout(["一、总体要求"], linesPerPage: 10)
    let malformed = try TestOFD.make(
      pages: pages, split: .perLine, replace: ["Doc_0/Pages/Page_0/Content.xml": "<ofd:Page><ofd:Content>"])
    #expect(throws: IngestError.self) { try DocumentReader().read(data: malformed, path: "m.ofd") }
    do {
      _ = try DocumentReader().read(data: malformed, path: "m.ofd")
    } catch {
      #expect(error.description.contains("not well-formed XML"))
    }
    let whole = try TestOFD.make(pages: pages, split: .perLine)
    let truncated = whole.prefix(whole.count / 2)
    let error = try #require(throws: IngestError.self) {
      try DocumentReader().read(data: Data(truncated), path: "t.ofd")
    }
    guard case .brokenOFD = error else {
      Issue.record("expected brokenOFD, got \(error)")
      return
    }
    let blank = try TestOFD.make(
      pages: [[]], split: .perLine, replace: ["Doc_0/Pages/Page_0/Content.xml": TestOFD.pageXML("")])
    #expect(throws: IngestError.noText(path: "b.ofd", format: "ofd")) {
      try DocumentReader().read(data: blank, path: "b.ofd")
    }
    let text = Data("一、总体要求\n".utf8)
    let mismatch = try #require(throws: IngestError.self) { try DocumentReader().read(data: text, path: "x.ofd") }
    #expect(mismatch == .contentMismatch(path: "x.ofd", fileExtension: "ofd", content: "plain text"))
  }

  @Test("a page part that claims more than the unpacked-size limit is refused")
  func zipBomb() throws {
    let (pages, _) = TestOFD.layout(["一、总体要求"], linesPerPage: 10)
    var ofd = [UInt8](try TestOFD.make(pages: pages, split: .perLine))
    // The central directory entry of the page: its uncompressed size (offset 24) says 4 GiB.
    let name = Array("Doc_0/Pages/Page_0/Content.xml".utf8)
    let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    let entry = try #require(
      ofd.indices.first { i in
        i + 46 + name.count <= ofd.count && Array(ofd[i..<(i + 4)]) == central
          && Array(ofd[(i + 46)..<(i + 46 + name.count)]) == name
      })
    ofd.replaceSubrange((entry + 24)..<(entry + 28), with: [0xF0, 0xFF, 0xFF, 0xFF])
    let error = try #require(throws: IngestError.self) { try DocumentReader().read(data: Data(ofd), path: "bomb.ofd") }
    #expect(error.description.contains("Content.xml is larger than 256 MiB"))
  }
}
