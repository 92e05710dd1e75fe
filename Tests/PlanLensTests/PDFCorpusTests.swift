import Foundation
import PlanLensModel
import PlanLensPipeline
import Testing

@testable import PlanLensIngest

/// A corpus plan typeset as a PDF at test time (Chinese text, 45 lines a page, a "- N -" page
/// number at each foot) reads back with the outline and quantities of its .txt, each quantity
/// on the page its line was set on.
@Suite("Ingest: a corpus plan as PDF")
struct PDFCorpusTests {
  static let name = "shandong-jining-elderly-care-action-plan-2024-2026.txt"
  static let linesPerPage = 45

  @Test(
    "same headings and quantities as the .txt, each on its page",
    .enabled(if: PDFReadingTests.hasPdftotext, PDFReadingTests.skipReason))
  func corpusPlanAsPDF() throws {
    let text = try TestSupport.corpusText(Self.name)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let pages = stride(from: 0, to: lines.count, by: Self.linesPerPage).map { first in
      Array(lines[first..<min(first + Self.linesPerPage, lines.count)]) + ["- \(first / Self.linesPerPage + 1) -"]
    }
    #expect(pages.count >= 2)
    let path = try IngestTestSupport.write(TestPDF.make(pages: pages, unicode: true), named: "plan.pdf")
    let pipeline = try ExtractionPipeline()
    let fromText = try pipeline.extract(
      DocumentReader().read(path: TestSupport.corpus.appendingPathComponent(Self.name).path))
    let source = try DocumentReader().read(path: path)
    let fromPDF = try pipeline.extract(source)

    #expect(fromPDF.pages?.count == pages.count)
    #expect(fromPDF.headings.map { [$0.label, $0.title] } == fromText.headings.map { [$0.label, $0.title] })
    #expect(fromPDF.headings.map(\.level) == fromText.headings.map(\.level))
    #expect(!fromText.quantities.isEmpty)
    #expect(
      fromPDF.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" }
        == fromText.quantities.map { "\($0.value) \($0.unit ?? "") \($0.indicator)" })
    #expect(fromPDF.meta.title == fromText.meta.title)
    #expect(fromPDF.headings.allSatisfy { $0.span.page == fromPDF.page(of: $0.span.start) && $0.span.page != nil })
    #expect(fromPDF.provisions.allSatisfy { $0.span.page != nil })
    #expect(fromText.pages == nil)

    let textScalars = Array(text.unicodeScalars)
    let pdfScalars = Array(source.text.unicodeScalars)
    for (inPDF, inText) in zip(fromPDF.quantities, fromText.quantities) {
      #expect(String(String.UnicodeScalarView(pdfScalars[inPDF.span.range])) == inPDF.quote)
      let line = textScalars[..<inText.span.start].filter { $0 == "\n" }.count
      #expect(fromPDF.page(of: inPDF.span.start) == line / Self.linesPerPage + 1, "\(inPDF.quote)")
      #expect(inPDF.span.page == line / Self.linesPerPage + 1)
      #expect(inText.span.page == nil)
    }
  }
}
