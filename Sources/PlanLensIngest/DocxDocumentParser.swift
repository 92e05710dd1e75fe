import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `word/document.xml`: every paragraph in document order (table cells and text boxes
/// included), with its run text and numbering properties.
///
/// Only `w:t` text counts (not deleted text or field codes); hidden runs (`w:vanish`) and the
/// `mc:Fallback` copies of text boxes are skipped.
final class DocxDocumentParser: NSObject, XMLParserDelegate {
  private(set) var paragraphs: [DocxParagraph] = []
  /// Paragraphs being read; more than one inside a text box.
  private var open: [DocxParagraph] = []
  /// Keys of the open elements (see ``OOXMLParsing/elementKey(_:namespaceURI:qualifiedName:)``).
  private var stack: [String] = []
  /// How deep inside an `mc:Fallback` the parser is; 0 outside.
  private var skipDepth = 0
  private var inText = false
  private var hiddenRun = false

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let key = OOXMLParsing.elementKey(elementName, namespaceURI: namespaceURI, qualifiedName: qName)
    stack.append(key)
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    switch key {
    case "mc:Fallback":
      skipDepth = 1
    case "p":
      open.append(DocxParagraph())
    case "r":
      hiddenRun = false
    case "vanish" where parent(is: "rPr", above: "r"):
      hiddenRun = OOXMLParsing.isOn(attributeDict)
    case "t" where parent(is: "r"):
      inText = true
    case "tab" where parent(is: "r"):
      append("\t")
    case "br" where parent(is: "r"), "cr" where parent(is: "r"):
      append("\n")
    case "noBreakHyphen" where parent(is: "r"):
      append("-")
    case "numId" where inParagraphProperties("numPr"):
      setLast { $0.numId = OOXMLParsing.intValue(attributeDict) }
    case "ilvl" where inParagraphProperties("numPr"):
      setLast { $0.level = OOXMLParsing.intValue(attributeDict) }
    case "pStyle" where inParagraphProperties():
      setLast { $0.styleId = OOXMLParsing.attribute("val", in: attributeDict) }
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    let key = stack.popLast()
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch key {
    case "t": inText = false
    case "r": hiddenRun = false
    case "p":
      if let paragraph = open.popLast() { paragraphs.append(paragraph) }
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText, skipDepth == 0 { append(string) }
  }

  private func append(_ text: String) {
    guard !hiddenRun, !open.isEmpty else { return }
    open[open.count - 1].text += text
  }

  private func setLast(_ change: (inout DocxParagraph) -> Void) {
    guard !open.isEmpty else { return }
    change(&open[open.count - 1])
  }

  /// Whether the element just opened sits directly in `name` (itself in `grandparent`, if
  /// given).
  private func parent(is name: String, above grandparent: String? = nil) -> Bool {
    guard stack.count >= 2, stack[stack.count - 2] == name else { return false }
    guard let grandparent else { return true }
    return stack.count >= 3 && stack[stack.count - 3] == grandparent
  }

  /// Whether the element just opened is in `p/pPr` directly, or in `p/pPr/<container>`.
  private func inParagraphProperties(_ container: String? = nil) -> Bool {
    let path = container.map { ["p", "pPr", $0] } ?? ["p", "pPr"]
    guard stack.count > path.count else { return false }
    return Array(stack[(stack.count - 1 - path.count)..<(stack.count - 1)]) == path
  }
}
