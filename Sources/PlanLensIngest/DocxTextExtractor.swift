import Foundation

/// Draws the text of a .docx: one line per paragraph (`w:p`) in document order, table cells'
/// paragraphs each on their own line, `w:tab` as a tab and `w:br` as a line break.
///
/// Automatic numbering is drawn into the text: a paragraph numbered through `word/numbering.xml`
/// (directly or through its paragraph style) starts with its label, e.g. `一、总体要求`,
/// `（一）指导思想`, `1.强化…`. Runs of empty paragraphs collapse to one blank line.
public struct DocxTextExtractor: Sendable {
  public init() {}

  /// The text of the .docx `data` (the file at `path`, named in errors), lines joined by "\n"
  /// and ending with one.
  public func extract(_ data: Data, path: String) throws(IngestError) -> String {
    do throws(PackageFailure) {
      return try text(of: data)
    } catch {
      throw .brokenDocx(path: path, reason: error.reason)
    }
  }

  private func text(of data: Data) throws(PackageFailure) -> String {
    let package = try DocxPackage(data: data)
    let mainPath = package.mainDocumentPath()
    guard let document = try package.data(of: mainPath) else {
      throw PackageFailure(reason: "\(mainPath) is missing")
    }
    let documentParser = DocxDocumentParser()
    try XMLPartParsing.parse(document, part: mainPath, delegate: documentParser)

    var definitions = DocxNumberingDefinitions()
    let numberingPath = package.relatedPart(
      of: mainPath, typeSuffix: "numbering", fallback: "word/numbering.xml")
    if let numbering = try package.data(of: numberingPath) {
      let parser = DocxNumberingParser()
      try XMLPartParsing.parse(numbering, part: numberingPath, delegate: parser)
      definitions = parser.definitions
    }
    var styles = DocxStyleSheet()
    let stylesPath = package.relatedPart(of: mainPath, typeSuffix: "styles", fallback: "word/styles.xml")
    if let stylesData = try package.data(of: stylesPath) {
      let parser = DocxStylesParser()
      // Styles only add numbering; a damaged styles part is not worth refusing the document.
      if (try? XMLPartParsing.parse(stylesData, part: stylesPath, delegate: parser)) != nil {
        styles = parser.sheet
      }
    }
    return Self.lines(documentParser.paragraphs, definitions: definitions, styles: styles)
  }

  /// The paragraphs as text, each with its drawn number label in front.
  static func lines(
    _ paragraphs: [DocxParagraph], definitions: DocxNumberingDefinitions, styles: DocxStyleSheet
  ) -> String {
    var counter = DocxListCounter(definitions: definitions)
    var out: [String] = []
    for paragraph in paragraphs {
      var line = paragraph.text
      let styleId = paragraph.styleId ?? styles.defaultParagraphStyle
      let fromStyle = styleId.map { styles.numbering(of: $0) }
      if let numId = paragraph.numId ?? fromStyle?.numId, numId != 0 {
        let level =
          paragraph.level ?? fromStyle?.level
          ?? styleId.flatMap { definitions.level(numId: numId, linkedTo: $0) } ?? 0
        if let label = counter.label(numId: numId, level: level) { line = label + line }
      }
      if line.isEmpty, out.last?.isEmpty ?? true { continue }
      out.append(line)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
  }
}
