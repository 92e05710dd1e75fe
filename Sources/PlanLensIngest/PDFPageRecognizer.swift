import Foundation

/// Reads a scanned PDF (pages that are images) by OCR: poppler's `pdftoppm` renders each page,
/// `tesseract` with its simplified-Chinese model reads it as words with their boxes (TSV), and
/// ``ParagraphLayout`` rebuilds the paragraphs as for a PDF's text layer. Used only when a PDF
/// has no text layer and tesseract with `chi_sim` is installed; the document's `source.ocr`
/// says so.
struct PDFPageRecognizer: Sendable {
  /// The Debian package of tesseract's simplified-Chinese model.
  static let package = "tesseract-ocr-chi-sim"
  /// tesseract's name for the model.
  static let language = "chi_sim"
  /// Dots per inch the pages are rendered at: the resolution tesseract reads print at best.
  static let resolution = 300
  /// tesseract's TSV level of a word.
  static let wordLevel = 5

  var renderer = ExternalTool(name: "pdftoppm", timeLimit: 600)
  /// tesseract on one thread: its OpenMP threads contend with each other and with PlanLens's
  /// own workers, which makes a page several times slower.
  var recognizer = ExternalTool(name: "tesseract", timeLimit: 300, environment: ["OMP_THREAD_LIMIT": "1"])

  /// Whether tesseract and its Chinese model are installed.
  var isAvailable: Bool {
    guard recognizer.executablePath() != nil, renderer.executablePath() != nil,
      let outcome = try? recognizer.run(["--list-langs"])
    else { return false }
    let listed = String(decoding: outcome.output, as: UTF8.self) + outcome.errorOutput
    return listed.split(whereSeparator: \.isNewline).contains {
      $0.trimmingCharacters(in: .whitespaces) == Self.language
    }
  }

  /// How the text was read, for `source.ocr`.
  var description: String { "tesseract \(Self.language), \(Self.resolution) dpi" }

  /// The recognised text of the PDF at `pdf` (the file at `path`, named in errors).
  func recognize(pdf: URL, path: String) throws(IngestError) -> PagedText {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-ocr-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .unreadable(path: path, reason: "cannot make a temporary folder for OCR")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let rendered = try run(
      renderer, ["-r", String(Self.resolution), "-gray", "-png", pdf.path, folder.appendingPathComponent("page").path],
      path: path)
    guard rendered.status == 0 else { throw PDFTextExtractor.failure(rendered, path: path) }
    let images = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".png") }
      .sorted { Self.pageNumber($0) < Self.pageNumber($1) }
    var pages: [[PDFTextLine]] = []
    for image in images {
      let outcome = try run(
        recognizer, [folder.appendingPathComponent(image).path, "stdout", "-l", Self.language, "tsv"], path: path)
      guard outcome.status == 0, !outcome.timedOut else {
        throw .brokenPDF(path: path, reason: "tesseract could not read \(image): \(outcome.errorOutput.prefix(200))")
      }
      pages.append(Self.lines(fromTSV: String(decoding: outcome.output, as: UTF8.self)))
    }
    return ParagraphLayout(pages: pages, isPageNumber: PageNumberLines().matches).paragraphs()
  }

  /// The lines of one page from tesseract's TSV: its words grouped by block, paragraph and line.
  static func lines(fromTSV tsv: String) -> [PDFTextLine] {
    var order: [String] = []
    var groups: [String: [(word: PDFTextLine.Word, top: Double, bottom: Double)]] = [:]
    for row in tsv.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 12, Int(fields[0]) == wordLevel,
        let left = Double(fields[6]), let top = Double(fields[7]), let width = Double(fields[8]),
        let height = Double(fields[9])
      else { continue }
      let text = fields[11...].joined(separator: "\t").trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      let key = fields[2...4].joined(separator: ".")
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append((.init(text: text, start: left, end: left + width), top, top + height))
    }
    return order.compactMap { key in
      guard let words = groups[key], let first = words.first else { return nil }
      return PDFTextLine(
        words: words.map(\.word), spaces: .betweenLatinWords, xMin: words.map(\.word.start).min() ?? first.word.start,
        xMax: words.map(\.word.end).max() ?? first.word.end, yMin: words.map(\.top).min() ?? first.top,
        yMax: words.map(\.bottom).max() ?? first.bottom)
    }
  }

  /// The page number in a file name pdftoppm wrote (page-07.png → 7).
  static func pageNumber(_ name: String) -> Int {
    Int(String(name.unicodeScalars.filter { ("0"..."9").contains($0) })) ?? 0
  }

  private func run(_ tool: ExternalTool, _ arguments: [String], path: String) throws(IngestError)
    -> ExternalTool.Outcome
  {
    let outcome: ExternalTool.Outcome
    do throws(ExternalTool.Failure) {
      outcome = try tool.run(arguments)
    } catch {
      switch error {
      case .notInstalled: throw .missingTool(path: path, tool: tool.name, package: Self.package)
      case .launchFailed(let reason): throw .unreadable(path: path, reason: "\(tool.name) did not start: \(reason)")
      }
    }
    if outcome.timedOut {
      throw .brokenPDF(path: path, reason: "\(tool.name) took longer than \(Int(tool.timeLimit)) seconds")
    }
    return outcome
  }
}
