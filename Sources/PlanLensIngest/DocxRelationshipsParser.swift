import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a package relationships part (`_rels/.rels`, `word/_rels/document.xml.rels`): the
/// type and target of each relationship.
final class DocxRelationshipsParser: NSObject, XMLParserDelegate {
  private(set) var relationships: [(type: String, target: String)] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
    guard local == "Relationship", let type = attributeDict["Type"], let target = attributeDict["Target"],
      attributeDict["TargetMode"] != "External"
    else { return }
    relationships.append((type, target))
  }

  /// The target of the first relationship whose type ends with `/<typeSuffix>`.
  func target(typeSuffix: String) -> String? {
    relationships.first { $0.type.hasSuffix("/" + typeSuffix) }?.target
  }
}
