import Foundation

/// The text layer of a PDF, through poppler's `pdftotext -bbox-layout` (Debian
/// `poppler-utils`) run as a subprocess: pages in order, each in poppler's reading order, with
/// every line's box, so ``ParagraphLayout`` re-joins the lines a paragraph wrapped into and
/// sets page numbers aside, as for an OFD.
///
/// poppler is the PDF library of the Linux desktop, well kept and packaged by Debian; calling
/// its command-line tool needs no C target and keeps a crash in a damaged file out of PlanLens.
struct PDFTextExtractor: Sendable {
  /// The Debian package that provides `pdftotext`, named in the error when it is missing.
  static let package = "poppler-utils"
  /// Fewer visible characters than this per page, on average, is a page image without text.
  static let scanThreshold = 8

  var tool = ExternalTool(name: "pdftotext", timeLimit: 120)
  /// Reads a PDF without a text layer by OCR, when tesseract is installed; nil never does.
  var recognizer: PDFPageRecognizer? = PDFPageRecognizer()

  /// Whether `pdftotext` can be run here.
  var isAvailable: Bool { tool.executablePath() != nil }

  /// The text of the PDF `data` (the content of the file at `path`, named in errors).
  func extract(_ data: Data, path: String) throws(IngestError) -> PagedText {
    let folder = FileManager.default.temporaryDirectory
    let copy = folder.appendingPathComponent("planlens-\(UUID().uuidString).pdf")
    do {
      try data.write(to: copy)
    } catch {
      throw .unreadable(path: path, reason: "cannot write a temporary copy for pdftotext")
    }
    defer { try? FileManager.default.removeItem(at: copy) }
    let outcome: ExternalTool.Outcome
    do throws(ExternalTool.Failure) {
      outcome = try tool.run(["-bbox-layout", "-enc", "UTF-8", copy.path, "-"])
    } catch {
      switch error {
      case .notInstalled: throw .missingTool(path: path, tool: "pdftotext", package: Self.package)
      case .launchFailed(let reason): throw .unreadable(path: path, reason: "pdftotext did not start: \(reason)")
      }
    }
    if outcome.timedOut {
      throw .brokenPDF(path: path, reason: "pdftotext took longer than \(Int(tool.timeLimit)) seconds")
    }
    guard outcome.status == 0 else { throw Self.failure(outcome, path: path) }
    let layout = PDFLayoutParser()
    do throws(PackageFailure) {
      try XMLPartParsing.parse(outcome.output, part: "the layout pdftotext wrote", delegate: layout)
    } catch {
      throw .brokenPDF(path: path, reason: error.reason)
    }
    let pages = layout.pages
    let visible = pages.joined().reduce(0) { count, line in
      count + line.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }
    if visible < Self.scanThreshold * max(pages.count, 1) {
      guard let recognizer, recognizer.isAvailable else { throw .scannedPDF(path: path, pages: max(pages.count, 1)) }
      var recognized = try recognizer.recognize(pdf: copy, path: path)
      guard recognized.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
        throw .scannedPDF(path: path, pages: max(pages.count, 1))
      }
      recognized.ocr = recognizer.description
      return recognized
    }
    return ParagraphLayout(pages: pages, isPageNumber: PageNumberLines().matches).paragraphs()
  }

  /// The error for a run that failed: a password (exit 3, or poppler's "password" message)
  /// means encryption, anything else a damaged file.
  static func failure(_ outcome: ExternalTool.Outcome, path: String) -> IngestError {
    let message = outcome.errorOutput
    if outcome.status == 3 || message.localizedCaseInsensitiveContains("password") {
      return .encryptedPDF(path: path)
    }
    let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    let reason = lines.first { !$0.isEmpty } ?? "pdftotext exited with status \(outcome.status)"
    return .brokenPDF(path: path, reason: String(reason.prefix(200)))
  }
}
