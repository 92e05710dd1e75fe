import Foundation
import PlanLensText

/// The text of an OFD (GB/T 33190, the national fixed-layout format) read natively: its pages
/// in order, each page's text objects put in reading order by their positions, lines and
/// paragraphs rebuilt from coordinates (``ParagraphLayout``), with the offset where each page starts.
///
/// Only what the pages themselves draw is read: template pages (backgrounds), annotations and
/// signatures are not.
struct OFDTextExtractor: Sendable {
  /// The text of the OFD `data` (the content of the file at `path`, named in errors).
  func extract(_ data: Data, path: String) throws(IngestError) -> PagedText {
    do throws(PackageFailure) {
      return try text(of: data)
    } catch {
      throw .brokenOFD(path: path, reason: error.reason)
    }
  }

  private func text(of data: Data) throws(PackageFailure) -> PagedText {
    let package = try OFDPackage(data: data)
    var pages: [[OFDTextLine]] = []
    for part in try package.pageParts() {
      guard let content = try package.data(of: part) else {
        throw PackageFailure(reason: "the page \(part) is missing")
      }
      let parser = OFDPageParser()
      try XMLPartParsing.parse(content, part: part, delegate: parser)
      pages.append(OFDTextLine.lines(of: parser.runs))
    }
    let pageNumbers = PageNumberLines()
    return ParagraphLayout(pages: pages, isPageNumber: pageNumbers.matches).paragraphs()
  }
}
