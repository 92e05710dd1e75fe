import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects, from one XML part, the text of every `element` or the value of its `attribute`,
/// optionally only inside an element named `inside`. Names are compared without prefix, so
/// `ofd:DocRoot` and `DocRoot` match, with or without the OFD namespace declared.
final class OFDElementCollector: NSObject, XMLParserDelegate {
  private let element: String
  private let attribute: String?
  private let inside: String?
  private var depthInside = 0
  private var current: String?
  /// The text of each matching element, trimmed, in document order.
  private(set) var texts: [String] = []
  /// The attribute's value on each matching element, trimmed, in document order.
  private(set) var attributes: [String] = []

  init(element: String, attribute: String? = nil, inside: String? = nil) {
    self.element = element
    self.attribute = attribute
    self.inside = inside
  }

  /// `ofd:Page` → `Page`.
  static func localName(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let name = Self.localName(elementName)
    if name == inside { depthInside += 1 }
    guard name == element, inside == nil || depthInside > 0 else { return }
    if let attribute {
      let value = attributeDict[attribute] ?? attributeDict.first { Self.localName($0.key) == attribute }?.value
      if let value { attributes.append(value.trimmingCharacters(in: .whitespacesAndNewlines)) }
    } else {
      current = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    let name = Self.localName(elementName)
    if name == element, let text = current {
      texts.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
      current = nil
    }
    if name == inside { depthInside -= 1 }
  }
}
