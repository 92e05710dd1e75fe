import Foundation
import PlanLensModel
import Testing

@testable import PlanLensIngest

/// Plain text: every charset a Chinese policy file comes in decodes to the same text.
@Suite struct IngestTextTests {
  /// The first lines of corpus/000_9290de930b90c25f.txt, as UTF-8.
  static func expected() throws -> String {
    try String(contentsOf: IngestTestSupport.fixture("sample.utf8.txt"), encoding: .utf8)
  }

  @Test(
    "Corpus text converted to each charset decodes to exactly the UTF-8 text",
    arguments: [
      ("sample.utf8.txt", "UTF-8"),
      ("sample.utf8-bom.txt", "UTF-8"),
      ("sample.gb18030.txt", "GB18030"),
      ("sample.utf16le.txt", "UTF-16LE"),
      ("sample.utf16le-bom.txt", "UTF-16LE"),
      ("sample.utf16be.txt", "UTF-16BE"),
      ("sample.utf16be-bom.txt", "UTF-16BE"),
    ])
  func decodesFixture(name: String, encoding: String) throws {
    let path = try IngestTestSupport.fixture(name).path
    let document = try DocumentReader().read(path: path)
    let expected = try Self.expected()
    #expect(document.text == expected)
    #expect(document.text.unicodeScalars.first == " ")  // no U+FEFF left in front
    #expect(document.text.unicodeScalars.count == expected.unicodeScalars.count)
    #expect(document.info.encoding == encoding)
    #expect(document.info.format == "txt")
    #expect(document.info.path == path)
  }

  @Test func sha256IsOfTheFileBytes() throws {
    let path = try IngestTestSupport.fixture("sample.utf8.txt").path
    let document = try DocumentReader().read(path: path)
    #expect(document.info.sha256 == "f8eaa71f362108dec37496691a4485831d310357b8ad8339e91f92ff163f95c7")
    let abc = try DocumentReader().read(data: Data("abc".utf8), path: "abc.txt")
    #expect(abc.info.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func sha256DiffersBetweenEncodingsOfTheSameText() throws {
    let gb = try DocumentReader().read(path: IngestTestSupport.fixture("sample.gb18030.txt").path)
    let utf8 = try DocumentReader().read(path: IngestTestSupport.fixture("sample.utf8.txt").path)
    #expect(gb.text == utf8.text)
    #expect(gb.info.sha256 != utf8.info.sha256)
  }

  @Test func keepsLineEndingsAndWhitespaceExactly() throws {
    let text = "　　一、总体要求\r\n（一）指导思想\r\n\r\n\t1.强化 \n"
    let document = try DocumentReader().read(data: Data(text.utf8), path: "crlf.txt")
    #expect(document.text == text)
    #expect(Array(document.text.unicodeScalars) == Array(text.unicodeScalars))
  }

  @Test func shortGB18030TextIsNotMistakenForAnotherCharset() throws {
    // ICU guesses ISO-8859-7 for these 14 bytes; well-formed GB18030 wins.
    let text = "一、总体要求\n"
    let bytes: [UInt8] = [
      0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xD2, 0xAA, 0xC7, 0xF3, 0x0A,
    ]
    let document = try DocumentReader().read(data: Data(bytes), path: "short.txt")
    #expect(document.text == text)
    #expect(document.info.encoding == "GB18030")
  }

  @Test func veryShortGB18030TextIsNotReadAsUTF16() throws {
    // Four bytes: ICU's low-confidence guess is UTF-16BE.
    let bytes: [UInt8] = [0xBC, 0xC3, 0xC4, 0xFE]  // 济宁
    let document = try DocumentReader().read(data: Data(bytes), path: "jining.txt")
    #expect(document.text == "济宁")
    #expect(document.info.encoding == "GB18030")
  }

  @Test func westernSingleByteTextStillReads() throws {
    var bytes = Array("Plan for the caf".utf8)
    bytes.append(0xE9)  // é in Latin-1
    bytes += Array(" district, 2021-2025.\n".utf8)
    let document = try DocumentReader().read(data: Data(bytes), path: "latin.txt")
    #expect(document.text == "Plan for the café district, 2021-2025.\n")
  }

  @Test func bomOnlyFileIsEmpty() throws {
    #expect(throws: IngestError.emptyFile(path: "bom.txt")) {
      try DocumentReader().read(data: Data([0xEF, 0xBB, 0xBF]), path: "bom.txt")
    }
  }

  @Test func whitespaceOnlyFileHasNoText() throws {
    #expect(throws: IngestError.noText(path: "blank.txt", format: "txt")) {
      try DocumentReader().read(data: Data(" \n\r\n　\n".utf8), path: "blank.txt")
    }
  }

  @Test func unknownExtensionIsReadAsTextWhenItIsText() throws {
    let document = try DocumentReader().read(data: Data("一、总体要求\n".utf8), path: "notes.md")
    #expect(document.info.format == "txt")
    #expect(document.text == "一、总体要求\n")
  }

  @Test func unknownExtensionHoldingAPageIsReadAsHTML() throws {
    let html = "<!DOCTYPE html><html><body><p>一、总体要求</p><p>二、主要任务</p></body></html>"
    let document = try DocumentReader().read(data: Data(html.utf8), path: "page")
    #expect(document.info.format == "html")
    #expect(document.text == "一、总体要求\n二、主要任务\n")
  }

  @Test func byteInspectorFindsFirstBadBytes() {
    #expect(ByteSequenceInspector.firstInvalidUTF8Offset(Array("中文".utf8)) == nil)
    #expect(ByteSequenceInspector.firstInvalidUTF8Offset(Array("中".utf8) + [0x80, 0x41]) == 3)
    #expect(ByteSequenceInspector.firstInvalidUTF8Offset([0xE4, 0xB8]) == 0)  // truncated
    #expect(ByteSequenceInspector.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]) == 0)  // surrogate
    #expect(ByteSequenceInspector.firstInvalidGB18030Offset([0xD6, 0xD0, 0x81, 0x30, 0x81, 0x30]) == nil)
    #expect(ByteSequenceInspector.firstInvalidGB18030Offset([0x41, 0x80, 0xFF]) == 1)
    #expect(ByteSequenceInspector.firstInvalidGB18030Offset([0xD6]) == 0)
  }
}
