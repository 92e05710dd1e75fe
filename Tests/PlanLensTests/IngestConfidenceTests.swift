import Foundation
import Testing

@testable import PlanLensIngest

/// Charsets read only with confidence, extensions that agree with the bytes, large Word files.
/// Every input is made here.
@Suite("Ingest: confidence and odd files")
struct IngestConfidenceTests {
  typealias S = IngestTestSupport

  func failure(reading path: String) -> IngestError? {
    do {
      let document = try DocumentReader().read(path: path)
      Issue.record("expected an error, read \(document.text.prefix(40).debugDescription)")
      return nil
    } catch {
      return error
    }
  }

  static func utf16LE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test("ten bytes of ASCII with two NULs are refused, not read as UTF-16 mojibake")
  func nulsThatAreNotUTF16() throws {
    let path = try S.write([0x00, 0xFF, 0x00, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65], named: "garbage.txt")
    let error = try #require(failure(reading: path))
    guard case .uncertainEncoding(let p, let reason) = error else {
      Issue.record("expected uncertainEncoding, got \(error)")
      return
    }
    #expect(p == path)
    #expect(reason.contains("UTF-16"))
    #expect(error.description.hasPrefix("\(path): "))
    #expect(!error.description.contains("\n"))
  }

  @Test("short Chinese UTF-16LE and BE without BOM and without NUL bytes are read", arguments: [false, true])
  func shortBomlessUTF16(bigEndian: Bool) throws {
    let text = "关于印发实施方案的通知"
    var bytes = Self.utf16LE(text)
    if bigEndian { bytes = stride(from: 0, to: bytes.count, by: 2).flatMap { [bytes[$0 + 1], bytes[$0]] } }
    #expect(!bytes.contains(0))
    let path = try S.write(bytes, named: "short-\(bigEndian).txt")
    let document = try DocumentReader().read(path: path)
    #expect(document.text == text)
    #expect(document.info.encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
  }

  @Test("a short UTF-16LE plan with ASCII (NUL pattern) is read")
  func shortBomlessUTF16WithASCII() throws {
    let text = "一、总体要求\n到2025年，床位3000张。\n"
    let path = try S.write(Self.utf16LE(text), named: "plan16.txt")
    #expect(try DocumentReader().read(path: path).text == text)
  }

  @Test("GB18030 Chinese is still read as GB18030, not as UTF-16")
  func gb18030StaysGB18030() throws {
    let text = "关于印发养老服务实施方案的通知"
    let bytes = try #require(text.data(using: TextBytesDecoder.foundationGB18030))
    #expect(bytes.count % 2 == 0)
    let path = try S.write([UInt8](bytes), named: "gb.txt")
    let document = try DocumentReader().read(path: path)
    #expect(document.text == text)
    #expect(document.info.encoding == "GB18030")
  }

  @Test("plausibility: common Han and ASCII pass, Latin-1 letters and rare Han do not")
  func plausibility() {
    #expect(TextPlausibility("到2025年，床位占比不低于55%。").isPlausible)
    #expect(!TextPlausibility("ÿg慲扡来").isPlausible)
    #expect(TextPlausibility("慲扡").commonHan == 0)
    #expect(TextPlausibility.commonHan.count == 6763)
  }

  @Test(
    "a file's extension and its bytes must agree",
    arguments: [
      ("plan.pdf", Array("一、总体要求\n到2025年，床位3000张。\n".utf8), "plain text"),
      ("page.html", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x20, count: 40), "zip archive"),
      ("plan.txt", Array("%PDF-1.7\n".utf8) + [0x00, 0x01, 0xFF], "PDF document"),
      ("plan.doc", Array("一、总体要求\n".utf8), "plain text"),
      ("plan.docx", Array("%PDF-1.4\n".utf8) + [0x00], "PDF document"),
    ])
  func extensionAndBytesAgree(name: String, bytes: [UInt8], content: String) throws {
    let path = try S.write(bytes, named: name)
    let error = try #require(failure(reading: path))
    guard case .contentMismatch(let p, let ext, let what) = error else {
      Issue.record("expected contentMismatch, got \(error)")
      return
    }
    #expect(p == path)
    #expect(name.hasSuffix("." + ext))
    #expect(what.contains(content))
    #expect(error.description.contains("rename it"))
  }

  @Test("a .docx that is an OLE file says so")
  func oleDocx() throws {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 32)
    let path = try S.write(ole, named: "plan.docx")
    let error = try #require(failure(reading: path))
    #expect(error.description.contains("OLE compound file"))
  }

  @Test("FileSignature tells the containers apart and leaves text alone")
  func signatures() {
    #expect(FileSignature(Array("%PDF-1.7".utf8)) == .pdf)
    #expect(FileSignature([0x50, 0x4B, 0x03, 0x04, 0x14]) == .zip)
    #expect(FileSignature([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .ole)
    #expect(FileSignature(Array("一、总体要求".utf8)) == nil)
    #expect(FileSignature.promised(byExtension: "ofd") == .zip)
    #expect(FileSignature.promised(byExtension: "txt") == nil)
  }

  @Test("a .docx whose document.xml is over 10 MB of valid XML reads")
  func largeDocumentPart() throws {
    let paragraph = S.paragraph("全市新增养老机构护理型床位不少于3000张，养老服务设施覆盖率达到100%。")
    let count = 11_000_000 / paragraph.utf8.count + 1
    let body = S.paragraph("某某市养老服务发展实施方案") + String(repeating: paragraph, count: count)
    #expect(S.documentXML(body).utf8.count > 10_000_000)
    let data = try IngestDocxTests.docx(body: body, numbering: nil)
    let path = try S.write([UInt8](data), named: "large.docx")
    let document = try DocumentReader().read(path: path)
    #expect(document.text.hasPrefix("某某市养老服务发展实施方案\n全市新增"))
    #expect(document.text.split(separator: "\n").count == count + 1)
  }
}
