import Foundation
import PlanLensModel
import PlanLensPipeline
import Testing

@testable import PlanLensIngest

/// .doc, .wps and .odt read through LibreOffice (soffice --convert-to docx) into the .docx
/// reader. The fixtures are made by LibreOffice itself at test time from a corpus plan's text;
/// the checks that need no conversion (misnamed files, a missing soffice) run everywhere.
@Suite("Ingest: .doc, .wps and .odt through LibreOffice")
struct LegacyWordTests {
  static let hasSoffice = WordProcessorConverter().isAvailable
  static let skipReason: Comment = "needs soffice (Debian libreoffice-writer-nogui); .ci/run installs it"
  static let name = "shandong-jining-elderly-care-action-plan-2024-2026.txt"

  /// The corpus plan's .txt converted by LibreOffice to `format` ("doc", "odt"), once per run.
  static func converted(to format: String) throws -> Data {
    let folder = try IngestTestSupport.scratchDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("plan.txt")
    try FileManager.default.copyItem(at: TestSupport.corpus.appendingPathComponent(name), to: input)
    let tool = ExternalTool(name: "soffice", timeLimit: WordProcessorConverter.timeLimit)
    let outcome = try tool.run([
      "--headless", "--norestore", "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
      "--convert-to", format, "--outdir", folder.path, input.path,
    ])
    #expect(!outcome.timedOut)
    return try Data(contentsOf: folder.appendingPathComponent("plan." + format))
  }

  static let doc = Result { try converted(to: "doc") }
  static let odt = Result { try converted(to: "odt") }

  static func fromText() throws -> ExtractedDocument {
    try ExtractionPipeline().extract(
      DocumentReader().read(path: TestSupport.corpus.appendingPathComponent(name).path))
  }

  @Test(
    "a .doc, a .wps and an .odt made from a corpus plan read back with its headings and quantities",
    .enabled(if: hasSoffice, skipReason), arguments: ["doc", "wps", "odt"])
  func corpusPlan(ext: String) throws {
    let bytes = try (ext == "odt" ? Self.odt : Self.doc).get()
    #expect(FileSignature(bytes) == (ext == "odt" ? .zip : .ole))
    let path = try IngestTestSupport.write([UInt8](bytes), named: "plan." + ext)
    let source = try DocumentReader().read(path: path)
    #expect(source.info.format == ext)
    #expect(source.info.path == path)
    let fromFile = try ExtractionPipeline().extract(source)
    let fromText = try Self.fromText()
    #expect(fromFile.headings.map { [$0.label, $0.title] } == fromText.headings.map { [$0.label, $0.title] })
    #expect(fromFile.headings.map(\.level) == fromText.headings.map(\.level))
    #expect(!fromText.quantities.isEmpty)
    #expect(
      fromFile.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" }
        == fromText.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" })
    #expect(fromFile.meta.title == fromText.meta.title)
  }

  @Test("the private profile and output folder are removed after a conversion", .enabled(if: hasSoffice, skipReason))
  func temporaryFilesRemoved() throws {
    var reader = DocumentReader()
    reader.converter.temporaryRoot = try IngestTestSupport.scratchDirectory()
    let document = try reader.read(data: try Self.doc.get(), path: "plan.doc")
    #expect(document.text.contains("一、总体要求"))
    #expect(try Self.leftovers(in: reader.converter.temporaryRoot).isEmpty)
  }

  @Test(
    "a conversion over its time limit is stopped with a clear error, soffice and all",
    .enabled(if: hasSoffice, skipReason))
  func timeLimit() throws {
    var reader = DocumentReader()
    reader.converter.tool.timeLimit = 0.3
    reader.converter.temporaryRoot = try IngestTestSupport.scratchDirectory()
    let started = Date()
    let error = try #require(throws: IngestError.self) { try reader.read(data: try Self.doc.get(), path: "slow.doc") }
    #expect(error == .conversionTimedOut(path: "slow.doc", seconds: 0))
    #expect(error.description.contains("was stopped"))
    #expect(Date().timeIntervalSince(started) < ExternalTool.stopGrace + 10)
    #expect(try Self.leftovers(in: reader.converter.temporaryRoot).isEmpty)
  }

  @Test("a damaged .doc gets a conversion error naming the file", .enabled(if: hasSoffice, skipReason))
  func damagedDoc() throws {
    var bytes = [UInt8](try Self.doc.get())
    // Keep the OLE header and directory, wipe the Word stream's text and tables.
    let wiped = bytes.count / 2
    bytes.replaceSubrange(512..<wiped, with: [UInt8](repeating: 0xFF, count: wiped - 512))
    let error = try #require(throws: IngestError.self) { try DocumentReader().read(data: Data(bytes), path: "bad.doc") }
    switch error {
    case .conversionFailed(let path, let ext, _):
      #expect(path == "bad.doc")
      #expect(ext == "doc")
      #expect(error.description.contains("save it as .docx"))
    default:
      Issue.record("expected a conversion failure, got \(error)")
    }
  }

  @Test(
    "a .doc whose Word stream is flagged encrypted is refused as password-protected",
    .enabled(if: hasSoffice, skipReason))
  func encryptedDoc() throws {
    var bytes = [UInt8](try Self.doc.get())
    #expect(!OLECompoundFile(bytes).isEncrypted)
    // The Word stream's FIB starts with 0xA5EC on a sector boundary; set its fEncrypted bit.
    let sector = try #require(
      stride(from: 512, to: bytes.count - 512, by: 512).first { bytes[$0] == 0xEC && bytes[$0 + 1] == 0xA5 })
    bytes[sector + OLECompoundFile.wordFlagsOffset + 1] |= 0x01
    #expect(OLECompoundFile(bytes).isEncrypted)
    #expect(throws: IngestError.encryptedDocument(path: "locked.doc")) {
      try DocumentReader().read(data: Data(bytes), path: "locked.doc")
    }
  }

  @Test("a .doc that holds text, and an OLE file with no Word document in it")
  func misnamedDoc() throws {
    let text = Array("一、总体要求\n到2025年，床位3000张。\n".utf8)
    let path = try IngestTestSupport.write(text, named: "plan.doc")
    #expect(throws: IngestError.contentMismatch(path: path, fileExtension: "doc", content: "plain text")) {
      try DocumentReader().read(path: path)
    }
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024)
    let error = try #require(throws: IngestError.self) { try DocumentReader().read(data: Data(ole), path: "plan.wps") }
    guard case .conversionFailed(_, "wps", let reason) = error else {
      Issue.record("expected conversionFailed, got \(error)")
      return
    }
    #expect(reason.contains("without a Word document stream"))
  }

  @Test("an .odt that is really a .docx, or a zip of something else, is misnamed")
  func odtThatIsDocx() throws {
    let docx = try IngestTestSupport.zip([
      ("[Content_Types].xml", IngestTestSupport.contentTypes),
      ("word/document.xml", IngestTestSupport.documentXML(IngestTestSupport.paragraph("一、总体要求"))),
    ])
    let error = try #require(throws: IngestError.self) { try DocumentReader().read(data: docx, path: "plan.odt") }
    #expect(error == .contentMismatch(path: "plan.odt", fileExtension: "odt", content: "a Word .docx document"))
    #expect(error.description.contains("rename it"))
    let sheet = try IngestTestSupport.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")])
    let other = try #require(throws: IngestError.self) { try DocumentReader().read(data: sheet, path: "t.odt") }
    #expect(other.description.contains("opendocument.spreadsheet, not text"))
  }

  @Test("without soffice the error names the Debian package to install", arguments: ["doc", "wps", "odt"])
  func sofficeMissing(ext: String) throws {
    var reader = DocumentReader()
    reader.converter.tool.name = "soffice-not-installed-here"
    let bytes: Data =
      ext == "odt"
      ? try IngestTestSupport.zip([("mimetype", ZipDocumentKind.openDocumentTextMimetype), ("content.xml", "<x/>")])
      : Data(Self.oleWithWordStream)
    let error = try #require(throws: IngestError.self) { try reader.read(data: bytes, path: "plan." + ext) }
    #expect(error == .missingTool(path: "plan." + ext, tool: "soffice", package: "libreoffice-writer-nogui"))
    #expect(error.description.contains("apt-get install libreoffice-writer-nogui"))
  }

  /// An OLE header followed by a directory entry named "WordDocument": what the checks before
  /// conversion look at.
  static var oleWithWordStream: [UInt8] {
    var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    var entry = [UInt8](repeating: 0, count: OLECompoundFile.directoryEntrySize)
    let name = Array("WordDocument".utf16).flatMap {
      [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)]
    }
    entry.replaceSubrange(0..<name.count, with: name)
    entry[OLECompoundFile.nameLengthOffset] = UInt8(name.count + 2)
    bytes += entry
    return bytes
  }

  /// What a conversion left in `folder`.
  static func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
  }
}
