import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensText
import Testing

@testable import PlanLensIngest

/// PDFs read through poppler's pdftotext: text in page order, the page map, and a clear error
/// for a scan, an encrypted file, a damaged one, and a .pdf that is not a PDF.
@Suite("Ingest: PDF")
struct PDFReadingTests {
  static let hasPdftotext = PDFTextExtractor().isAvailable
  static let skipReason: Comment = "needs pdftotext (Debian poppler-utils); .ci/run installs it"

  static let threePages = [
    ["Chapter One", "The plan sets a target of 3000 beds", "by 2025 in every county.", "- 1 -"],
    ["Page two holds the second part", "of the plan and its measures.", "- 2 -"],
    ["Page three closes the plan", "with its review.", "- 3 -"],
  ]

  @Test("a 3-page PDF: text in page order, each page's start in the page map", .enabled(if: hasPdftotext, skipReason))
  func threePageMap() throws {
    let path = try IngestTestSupport.write(TestPDF.make(pages: Self.threePages), named: "plan.pdf")
    let document = try DocumentReader().read(path: path)
    #expect(document.info.format == "pdf")
    #expect(document.info.encoding == "UTF-8")
    let starts = try #require(document.pageStarts)
    #expect(starts.count == 3)
    #expect(starts.first == 0)
    let scalars = Array(document.text.unicodeScalars)
    for (index, start) in starts.enumerated() {
      let rest = String(String.UnicodeScalarView(scalars[start...]))
      #expect(rest.hasPrefix(Self.threePages[index][0]), "page \(index + 1) starts with its first line")
      #expect(start == 0 || scalars[start - 1] == "\n", "page \(index + 1) starts a line")
    }
    // The line that reaches the right edge wrapped: its paragraph is one line again, and the
    // page number waits after it.
    #expect(document.text.contains("The plan sets a target of 3000 beds by 2025 in every county.\n- 1 -\n"))
    let second = try #require(document.text.unicodeScalars.firstIndex(of: "P"))
    let offset = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: second)
    #expect(document.page(of: offset) == 2)
    #expect(document.page(of: 0) == 1)
    #expect(document.page(of: scalars.count - 1) == 3)
  }

  @Test(
    "the extraction carries the page map; page numbers between dashes are cleaned away",
    .enabled(if: hasPdftotext, skipReason))
  func extractionPages() throws {
    let path = try IngestTestSupport.write(TestPDF.make(pages: Self.threePages), named: "plan.pdf")
    let source = try DocumentReader().read(path: path)
    let extracted = try ExtractionPipeline().extract(source)
    #expect(extracted.pages == source.pageStarts)
    let json = String(decoding: try JSONEncoder().encode(extracted), as: UTF8.self)
    #expect(json.contains("\"pages\":["))
    #expect(extracted.headings.allSatisfy { $0.span.page != nil })
    let cleaned = try TextCleaner.standard().clean(MappedText(source: source.text)).string
    #expect(!cleaned.contains("- 2 -"))
    #expect(cleaned.contains("Page two holds the second part"))
  }

  @Test("a PDF whose pages are images only is a scan without a text layer", .enabled(if: hasPdftotext, skipReason))
  func scan() throws {
    let path = try IngestTestSupport.write(TestPDF.make(pages: [[], []]), named: "scan.pdf")
    #expect(throws: IngestError.scannedPDF(path: path, pages: 2)) { try DocumentReader().read(path: path) }
    let message = IngestError.scannedPDF(path: path, pages: 2).description
    #expect(message.hasPrefix(path + ": a scanned PDF without a text layer"))
  }

  @Test("an encrypted PDF and a damaged one each get their own error", .enabled(if: hasPdftotext, skipReason))
  func encryptedAndDamaged() throws {
    let locked = try IngestTestSupport.write(
      TestPDF.make(pages: [["Secret words of the plan"]], encrypted: true), named: "locked.pdf")
    #expect(throws: IngestError.encryptedPDF(path: locked)) { try DocumentReader().read(path: locked) }
    let damaged = try IngestTestSupport.write(Array("%PDF-1.4\ngarbage without objects\n".utf8), named: "bad.pdf")
    do {
      _ = try DocumentReader().read(path: damaged)
      Issue.record("a damaged PDF was read")
    } catch {
      guard case .brokenPDF(damaged, let reason) = error else {
        Issue.record("expected brokenPDF, got \(error)")
        return
      }
      #expect(!reason.isEmpty)
      #expect(error.description.hasPrefix(damaged + ": not a readable PDF ("))
    }
  }

  @Test("a .pdf holding text is refused as misnamed, without running pdftotext")
  func textNamedPDF() throws {
    let path = try IngestTestSupport.write(Array("一、总体要求\n到2025年，床位3000张。\n".utf8), named: "plan.pdf")
    #expect(throws: IngestError.contentMismatch(path: path, fileExtension: "pdf", content: "plain text")) {
      try DocumentReader().read(path: path)
    }
  }

  @Test("without pdftotext the error names the package to install")
  func missingTool() throws {
    var extractor = PDFTextExtractor()
    extractor.tool = ExternalTool(name: "pdftotext-not-installed-here", timeLimit: 5)
    #expect(throws: IngestError.missingTool(path: "a.pdf", tool: "pdftotext", package: "poppler-utils")) {
      try extractor.extract(Data(TestPDF.make(pages: [["x"]])), path: "a.pdf")
    }
    let message = IngestError.missingTool(path: "a.pdf", tool: "pdftotext", package: "poppler-utils").description
    #expect(
      message
        == "a.pdf: reading this format needs pdftotext, which is not installed; install it with `apt-get install poppler-utils`"
    )
  }

  @Test("page lookup: the last page starting at or before the offset")
  func pageLookup() {
    #expect(PageLookup.page(of: 0, pageStarts: [0, 100, 250]) == 1)
    #expect(PageLookup.page(of: 99, pageStarts: [0, 100, 250]) == 1)
    #expect(PageLookup.page(of: 100, pageStarts: [0, 100, 250]) == 2)
    #expect(PageLookup.page(of: 4000, pageStarts: [0, 100, 250]) == 3)
    #expect(PagedText(formFeedSeparated: "a\u{0C}b\u{0C}").pageStarts == [0, 2])
    #expect(PagedText(formFeedSeparated: "a\u{0C}b").pageStarts == [0, 2])
    #expect(PagedText(formFeedSeparated: "\u{0C}\u{0C}").visibleCharactersPerPage == [0, 0])
  }

  @Test("folders pick up .pdf files; they are no longer skipped")
  func folderPicksUpPDF() throws {
    let folder = try IngestTestSupport.scratchDirectory()
    try Data(TestPDF.make(pages: [["x"]])).write(to: folder.appendingPathComponent("plan.pdf"))
    let collection = FileCollector().collect([folder.path])
    #expect(collection.files == [folder.path + "/plan.pdf"])
    #expect(collection.skipped.isEmpty)
  }
}
