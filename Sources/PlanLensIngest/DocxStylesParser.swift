import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `word/styles.xml` into a ``DocxStyleSheet``.
final class DocxStylesParser: NSObject, XMLParserDelegate {
  private(set) var sheet = DocxStyleSheet()
  private var stack: [String] = []
  private var styleId: String?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    let key = OOXMLParsing.elementKey(elementName, namespaceURI: namespaceURI, qualifiedName: qName)
    stack.append(key)
    if key == "style" {
      styleId = nil
      guard OOXMLParsing.attribute("type", in: attributes) == "paragraph",
        let id = OOXMLParsing.attribute("styleId", in: attributes)
      else { return }
      styleId = id
      sheet.styles[id] = DocxStyle()
      if let isDefault = OOXMLParsing.attribute("default", in: attributes),
        isDefault == "1" || isDefault == "true"
      {
        sheet.defaultParagraphStyle = id
      }
      return
    }
    guard let styleId else { return }
    let path = stack.suffix(4)
    switch key {
    case "basedOn" where stack.suffix(2) == ["style", "basedOn"]:
      sheet.styles[styleId]?.basedOn = OOXMLParsing.attribute("val", in: attributes)
    case "numId" where path == ["style", "pPr", "numPr", "numId"]:
      sheet.styles[styleId]?.numId = OOXMLParsing.intValue(attributes)
    case "ilvl" where path == ["style", "pPr", "numPr", "ilvl"]:
      sheet.styles[styleId]?.level = OOXMLParsing.intValue(attributes)
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if stack.popLast() == "style" { styleId = nil }
  }
}
