import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads `word/numbering.xml` into ``DocxNumberingDefinitions``.
final class DocxNumberingParser: NSObject, XMLParserDelegate {
  private(set) var definitions = DocxNumberingDefinitions()
  private var stack: [String] = []
  private var abstractId: Int?
  private var numId: Int?
  private var overrideLevel: Int?
  /// The level being read and its index.
  private var level: (index: Int, value: DocxNumberingLevel)?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    let key = OOXMLParsing.elementKey(elementName, namespaceURI: namespaceURI, qualifiedName: qName)
    let parent = stack.last
    stack.append(key)
    let value = OOXMLParsing.attribute("val", in: attributes)
    switch key {
    case "abstractNum":
      abstractId = OOXMLParsing.intValue(attributes, "abstractNumId")
      if let abstractId, definitions.abstracts[abstractId] == nil {
        definitions.abstracts[abstractId] = [:]
      }
    case "num":
      numId = OOXMLParsing.intValue(attributes, "numId")
      if let numId { definitions.instances[numId] = DocxNumberingInstance() }
    case "abstractNumId" where parent == "num":
      if let numId { definitions.instances[numId]?.abstractId = OOXMLParsing.intValue(attributes) }
    case "lvlOverride":
      overrideLevel = OOXMLParsing.intValue(attributes, "ilvl")
    case "startOverride" where parent == "lvlOverride":
      if let numId, let overrideLevel, let start = OOXMLParsing.intValue(attributes) {
        definitions.instances[numId]?.startOverrides[overrideLevel] = start
      }
    case "lvl":
      level = (OOXMLParsing.intValue(attributes, "ilvl") ?? overrideLevel ?? 0, DocxNumberingLevel())
    case "start" where parent == "lvl":
      if let start = OOXMLParsing.intValue(attributes) { level?.value.start = start }
    case "numFmt" where parent == "lvl":
      if let value { level?.value.format = value }
    case "lvlText" where parent == "lvl":
      level?.value.text = value ?? ""
    case "lvlRestart" where parent == "lvl":
      level?.value.restart = OOXMLParsing.intValue(attributes)
    case "isLgl" where parent == "lvl":
      level?.value.isLegal = OOXMLParsing.isOn(attributes)
    case "pStyle" where parent == "lvl":
      level?.value.styleId = value
    case "suff" where parent == "lvl":
      if let value { level?.value.suffix = value }
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    let key = stack.popLast()
    switch key {
    case "lvl":
      guard let level else { break }
      if stack.last == "lvlOverride", let numId {
        definitions.instances[numId]?.levelOverrides[level.index] = level.value
      } else if stack.last == "abstractNum", let abstractId {
        definitions.abstracts[abstractId]?[level.index] = level.value
      }
      self.level = nil
    case "abstractNum": abstractId = nil
    case "num": numId = nil
    case "lvlOverride": overrideLevel = nil
    default: break
    }
  }
}
