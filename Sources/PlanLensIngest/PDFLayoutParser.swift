import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the XHTML that `pdftotext -bbox-layout` writes — pages of flows of blocks of lines of
/// words, each with its box — into the lines of each page, in poppler's reading order.
final class PDFLayoutParser: NSObject, XMLParserDelegate {
  /// The lines of each page, in order.
  private(set) var pages: [[PDFTextLine]] = []
  private var words: [PDFTextLine.Word] = []
  private var lineBox: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)?
  private var wordBox: (start: Double, end: Double)?
  private var wordText = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
    attributes: [String: String] = [:]
  ) {
    let number = { (key: String) in attributes[key].flatMap(Double.init) ?? 0 }
    switch elementName {
    case "page": pages.append([])
    case "line":
      lineBox = (number("xMin"), number("xMax"), number("yMin"), number("yMax"))
      words = []
    case "word":
      wordBox = (number("xMin"), number("xMax"))
      wordText = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if wordBox != nil { wordText += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    switch elementName {
    case "word":
      if let box = wordBox { words.append(.init(text: wordText, start: box.start, end: box.end)) }
      wordBox = nil
    case "line":
      if let box = lineBox, !pages.isEmpty,
        let line = PDFTextLine(words: words, xMin: box.xMin, xMax: box.xMax, yMin: box.yMin, yMax: box.yMax)
      {
        pages[pages.count - 1].append(line)
      }
      lineBox = nil
    default: break
    }
  }
}
