import Foundation
import Testing

@testable import PlanLensIngest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every way a file can fail to ingest gives its own case and a one-line description that
/// names the file.
@Suite struct IngestErrorTests {
  /// Reads `path` and returns the error, failing the test when there is none.
  func failure(reading path: String) -> IngestError? {
    do {
      let document = try DocumentReader().read(path: path)
      Issue.record("expected an error, read \(document.text.prefix(40))")
      return nil
    } catch {
      return error
    }
  }

  /// Checks the description is one line that starts with the path.
  func expectOneLine(_ error: IngestError, about path: String) {
    #expect(error.path == path)
    #expect(error.description.hasPrefix(path + ": "))
    #expect(!error.description.contains("\n"))
    #expect(!error.description.contains("\r"))
  }

  @Test func missingFile() throws {
    let path = try IngestTestSupport.scratchDirectory().appendingPathComponent("nope.txt").path
    let error = try #require(failure(reading: path))
    #expect(error == .missingFile(path: path))
    expectOneLine(error, about: path)
    #expect(error.description.contains("no such file"))
  }

  @Test func directory() throws {
    let path = try IngestTestSupport.scratchDirectory().path
    let error = try #require(failure(reading: path))
    #expect(error == .isDirectory(path: path))
    expectOneLine(error, about: path)
    #expect(error.description.contains("directory"))
  }

  @Test func emptyFile() throws {
    let path = try IngestTestSupport.write([], named: "x.txt")
    let error = try #require(failure(reading: path))
    #expect(error == .emptyFile(path: path))
    expectOneLine(error, about: path)
    #expect(error.description == "\(path): the file is empty; nothing to extract")
  }

  @Test func binaryFile() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
    let path = try IngestTestSupport.write(png, named: "scan.txt")
    let error = try #require(failure(reading: path))
    #expect(error == .binaryFile(path: path))
    expectOneLine(error, about: path)
    #expect(error.description.contains("binary"))
  }

  @Test func manyControlBytesAreBinary() throws {
    let bytes = [UInt8]((0..<200).map { UInt8(1 + $0 % 8) })  // 0x01–0x08, no NULs
    let error = try #require(failure(reading: IngestTestSupport.write(bytes, named: "c.txt")))
    guard case .binaryFile = error else {
      Issue.record("expected binaryFile, got \(error)")
      return
    }
  }

  @Test func undecodableBytes() throws {
    // Chinese UTF-8, then 0x80 0xFF pairs: neither valid UTF-8 nor GB18030.
    let bytes = Array("济宁市兖州区养老服务".utf8) + [0x80, 0xFF, 0x80, 0xFF, 0x80, 0xFF, 0x0A]
    let path = try IngestTestSupport.write(bytes, named: "bad.txt")
    let error = try #require(failure(reading: path))
    #expect(error == .undecodable(path: path, charset: "UTF-8", offset: 30))
    expectOneLine(error, about: path)
    #expect(error.description.contains("UTF-8"))
    #expect(error.description.contains("30"))
  }

  @Test func undecodableLegacyBytesNameGB18030() throws {
    let bytes: [UInt8] = [0x80, 0xFF, 0x80, 0xFF, 0x80, 0xFF, 0x80, 0xFF]
    let path = try IngestTestSupport.write(bytes, named: "bad2.txt")
    let error = try #require(failure(reading: path))
    #expect(error == .undecodable(path: path, charset: "GB18030", offset: 0))
    expectOneLine(error, about: path)
  }

  @Test func undecodableUTF16() throws {
    // A UTF-16LE BOM, then an unpaired high surrogate.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
    let path = try IngestTestSupport.write(bytes, named: "u16.txt")
    let error = try #require(failure(reading: path))
    guard case .undecodable(_, let charset, _) = error else {
      Issue.record("expected undecodable, got \(error)")
      return
    }
    #expect(charset == "UTF-16LE")
    expectOneLine(error, about: path)
  }

  @Test func unsupportedExtension() throws {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 32)
    let path = try IngestTestSupport.write(ole, named: "plan.xls")
    let error = try #require(failure(reading: path))
    #expect(error == .unsupportedExtension(path: path, fileExtension: "xls"))
    expectOneLine(error, about: path)
    #expect(error.description.contains(".xls"))
  }

  @Test func legacyWordFileWithoutWordStream() throws {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 32)
    let path = try IngestTestSupport.write(ole, named: "PLAN.DOC")
    let error = try #require(failure(reading: path))
    #expect(
      error == .conversionFailed(path: path, fileExtension: "doc", reason: "an OLE file without a Word document stream")
    )
    expectOneLine(error, about: path)
  }

  @Test func brokenDocxNotAZip() throws {
    let path = try IngestTestSupport.write(Array("这不是 docx".utf8), named: "plan.docx")
    let error = try #require(failure(reading: path))
    guard case .brokenDocx(let p, let reason) = error else {
      Issue.record("expected brokenDocx, got \(error)")
      return
    }
    #expect(p == path)
    #expect(reason.contains("zip"))
    expectOneLine(error, about: path)
  }

  @Test func brokenDocxWithoutDocumentPart() throws {
    let zip = try IngestTestSupport.zip([("[Content_Types].xml", IngestTestSupport.contentTypes)])
    let path = try IngestTestSupport.write([UInt8](zip), named: "empty.docx")
    let error = try #require(failure(reading: path))
    #expect(error == .brokenDocx(path: path, reason: "word/document.xml is missing"))
    expectOneLine(error, about: path)
  }

  @Test func brokenDocxWithBadXML() throws {
    let zip = try IngestTestSupport.zip([
      ("[Content_Types].xml", IngestTestSupport.contentTypes),
      ("word/document.xml", "<w:document xmlns:w=\"\(IngestTestSupport.wordNamespace)\"><w:body><w:p>\n<w:t>一</w:p>"),
    ])
    let path = try IngestTestSupport.write([UInt8](zip), named: "bad.docx")
    let error = try #require(failure(reading: path))
    guard case .brokenDocx(_, let reason) = error else {
      Issue.record("expected brokenDocx, got \(error)")
      return
    }
    #expect(reason.contains("word/document.xml is not well-formed XML"))
    expectOneLine(error, about: path)
  }

  @Test func brokenDocxWithUnfinishedDeflateStream() throws {
    var data = try IngestDocxTests.docx(body: IngestDocxTests.body)
    // A non-final stored deflate block that promises 32767 bytes the entry does not have: a
    // reader that keeps asking for input at the end of the file never finishes.
    let stored = try #require(ZipPackage.storedRange(of: "word/document.xml", size: 5, in: data))
    data.replaceSubrange(stored, with: [0x00, 0xFF, 0x7F, 0x00, 0x80])
    let path = try IngestTestSupport.write([UInt8](data), named: "cut.docx")
    let error = try #require(failure(reading: path))
    // zlib builds differ in where they notice the damage: some stop inflating, some return what
    // they had and the CRC-32 check catches it. Either way the part is named as damaged.
    guard case .brokenDocx(path, let reason) = error else {
      Issue.record("expected brokenDocx, got \(error)")
      return
    }
    #expect(reason.hasPrefix("word/document.xml is damaged ("))
    expectOneLine(error, about: path)
  }

  @Test func notARegularFileIsUnreadable() throws {
    let path = try IngestTestSupport.scratchDirectory().appendingPathComponent("pipe.txt").path
    try #require(mkfifo(path, 0o644) == 0)
    let error = try #require(failure(reading: path))
    #expect(error == .unreadable(path: path, reason: "not a regular file"))
    expectOneLine(error, about: path)
  }

  @Test func everyDescriptionIsOneLineNamingThePath() {
    let path = "corpus/第一\n份.txt"
    let errors: [IngestError] = [
      .missingFile(path: path), .isDirectory(path: path), .emptyFile(path: path),
      .binaryFile(path: path), .undecodable(path: path, charset: "GB18030", offset: 7),
      .undecodable(path: path, charset: nil, offset: nil),
      .unsupportedExtension(path: path, fileExtension: "pdf"),
      .unsupportedExtension(path: path, fileExtension: ""),
      .brokenDocx(path: path, reason: "bad\nXML"),
      .unreadable(path: path, reason: "permission denied"), .noText(path: path, format: "html"),
      .scannedPDF(path: path, pages: 3), .encryptedPDF(path: path), .brokenPDF(path: path, reason: "bad\nxref"),
      .missingTool(path: path, tool: "pdftotext", package: "poppler-utils"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix("corpus/第一 份.txt: "))
      #expect(!error.description.contains("\n"))
      #expect(error.description.contains("; "))
      #expect(error.path == path)
    }
    #expect(Set(errors.map(\.description)).count == errors.count)
  }
}
