import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensText
import Testing

@testable import PlanLensIngest

/// A corpus plan printed to PDF by LibreOffice at test time reads back like its .txt: the same
/// outline, title and quantities, the lines that the page width wrapped joined again, and each
/// quantity on the page where LibreOffice set it.
@Suite("Ingest: a corpus plan as a PDF made by LibreOffice")
struct PDFFromCorpusTests {
  static let enabled = WordProcessorConverter().isAvailable && PDFTextExtractor().isAvailable
  static let skipReason: Comment =
    "needs soffice and pdftotext (Debian libreoffice-writer-nogui, poppler-utils, fonts-wqy-zenhei); .ci/run installs them"

  static let pdf = Result { try LegacyWordTests.converted(to: "pdf") }

  /// The text of page `page` (1-based) as pdftotext prints it, whitespace removed.
  static func pageText(_ path: String, page: Int) throws -> String {
    let outcome = try ExternalTool(name: "pdftotext", timeLimit: 60).run([
      "-f", String(page), "-l", String(page), "-enc", "UTF-8", path, "-",
    ])
    return String(decoding: outcome.output, as: UTF8.self).squeezed
  }

  @Test("the same headings, title and quantities as the .txt", .enabled(if: enabled, skipReason))
  func sameExtraction() throws {
    let path = try IngestTestSupport.write([UInt8](try Self.pdf.get()), named: "plan.pdf")
    let source = try DocumentReader().read(path: path)
    #expect(source.info.format == "pdf")
    let fromPDF = try ExtractionPipeline().extract(source)
    let fromText = try LegacyWordTests.fromText()
    #expect(fromPDF.headings.map { [$0.label, $0.title] } == fromText.headings.map { [$0.label, $0.title] })
    #expect(fromPDF.meta.title == fromText.meta.title)
    #expect(!fromText.quantities.isEmpty)
    #expect(
      fromPDF.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" }
        == fromText.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" })
    #expect(
      fromPDF.responsibilities.map { $0.lead.map(\.canonical) }
        == fromText.responsibilities.map { $0.lead.map(\.canonical) })
  }

  @Test("every quantity is on the page LibreOffice set it on", .enabled(if: enabled, skipReason))
  func quantityPages() throws {
    let path = try IngestTestSupport.write([UInt8](try Self.pdf.get()), named: "plan.pdf")
    let fromPDF = try ExtractionPipeline().extract(try DocumentReader().read(path: path))
    let pages = try #require(fromPDF.pages)
    #expect(pages.count >= 2, "the plan fills more than one page")
    var texts: [Int: String] = [:]
    for quantity in fromPDF.quantities {
      let page = try #require(quantity.span.page, "\(quantity.quote) has no page")
      if texts[page] == nil { texts[page] = try Self.pageText(path, page: page) }
      // A quote that a page break cuts starts on its page.
      let opening = String(String.UnicodeScalarView(quantity.quote.squeezed.unicodeScalars.prefix(6)))
      #expect(texts[page]?.contains(opening) == true, "\(quantity.quote) is not on page \(page)")
    }
  }

  @Test("no line of a provision ends where the page width wrapped it", .enabled(if: enabled, skipReason))
  func wrappedLinesJoined() throws {
    let path = try IngestTestSupport.write([UInt8](try Self.pdf.get()), named: "plan.pdf")
    let source = try DocumentReader().read(path: path)
    let fromText = try DocumentReader().read(path: TestSupport.corpus.appendingPathComponent(LegacyWordTests.name).path)
    let lines = { (text: String) in text.split(separator: "\n").map { String($0).squeezed }.filter { !$0.isEmpty } }
    // Every non-empty line of the .txt is one line of the PDF's text (page numbers aside).
    let pdfLines = Set(lines(source.text))
    let missing = lines(fromText.text).filter { !pdfLines.contains($0) }
    #expect(missing.isEmpty, "lines of the .txt split or merged in the PDF: \(missing.prefix(3))")
  }
}

/// A corpus plan scanned: its PDF's pages as images only. With tesseract and its Chinese model
/// installed, PlanLens reads it by OCR and says so in `source.ocr`; without, a clear error.
@Suite("Ingest: a scanned PDF, by OCR")
struct ScannedPDFTests {
  static let canScan = WordProcessorConverter().isAvailable && PDFTextExtractor().isAvailable
  static let canRead = canScan && PDFPageRecognizer().isAvailable
  static let skipReason: Comment =
    "needs soffice, pdftotext and tesseract with chi_sim (tesseract-ocr-chi-sim); .ci/run installs them"

  static let scanned = Result { try TestScannedPDF.make(from: PDFFromCorpusTests.pdf.get()) }

  @Test(
    "OCR reads the scan: the same pages, the plan's targets, and source.ocr says how", .enabled(if: canRead, skipReason)
  )
  func readByOCR() throws {
    let path = try IngestTestSupport.write([UInt8](try Self.scanned.get()), named: "scanned.pdf")
    let source = try DocumentReader().read(path: path)
    #expect(source.info.format == "pdf")
    #expect(source.info.ocr?.contains("tesseract") == true)
    let fromScan = try ExtractionPipeline().extract(source)
    let fromText = try LegacyWordTests.fromText()
    let textPDF = try DocumentReader().read(
      path: try IngestTestSupport.write([UInt8](try PDFFromCorpusTests.pdf.get()), named: "plan.pdf"))
    #expect(source.pageStarts?.count == textPDF.pageStarts?.count)
    // OCR misreads a digit now and then; most targets read back with their value and unit.
    let expected = Set(fromText.quantities.map { "\($0.value) \($0.unit ?? "")" })
    let read = Set(fromScan.quantities.map { "\($0.value) \($0.unit ?? "")" })
    #expect(Double(expected.intersection(read).count) >= 0.75 * Double(expected.count), "\(read) vs \(expected)")
    #expect(fromScan.quantities.contains { $0.indicator == "认知障碍照护床位" && $0.value == 1500 })
    let json = String(decoding: try JSONEncoder().encode(fromScan.source), as: UTF8.self)
    #expect(json.contains("\"ocr\":\"tesseract"))
  }

  @Test("without OCR a scan is a clear error", .enabled(if: canScan, "needs soffice and pdftotext"))
  func withoutOCR() throws {
    let path = try IngestTestSupport.write([UInt8](try Self.scanned.get()), named: "scanned.pdf")
    var reader = DocumentReader()
    reader.pdf.recognizer = nil
    let error = try #require(throws: IngestError.self) { try reader.read(path: path) }
    guard case .scannedPDF = error else {
      Issue.record("expected a scanned-PDF error, got \(error)")
      return
    }
    #expect(error.description.contains(PDFPageRecognizer.package))
  }
}
