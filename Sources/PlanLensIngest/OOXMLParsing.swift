import Foundation

/// The WordprocessingML pieces of reading a .docx's XML parts: element names by namespace and
/// `w:` attributes. Parsing itself is ``XMLPartParsing``.
enum OOXMLParsing {
  /// WordprocessingML's main namespace, transitional and strict.
  static let wordNamespaces: Set<String> = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
  ]
  static let markupCompatibilityNamespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006"

  /// A name for an element that tells WordprocessingML elements ("p", "numPr") from
  /// markup-compatibility ones ("mc:Fallback") and others ("?:t" for DrawingML text).
  static func elementKey(_ elementName: String, namespaceURI: String?, qualifiedName: String?) -> String {
    let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
    if let uri = namespaceURI, !uri.isEmpty {
      if wordNamespaces.contains(uri) { return local }
      if uri == markupCompatibilityNamespace { return "mc:" + local }
      return "?:" + local
    }
    // Parsers that do not report namespaces: go by the conventional prefixes.
    let qualified = qualifiedName ?? elementName
    if qualified.hasPrefix("w:") { return local }
    if qualified.hasPrefix("mc:") { return "mc:" + local }
    return qualified.contains(":") ? "?:" + local : local
  }

  /// The value of attribute `name` (e.g. "val"), whether the parser keys it "w:val" or "val".
  static func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes["w:" + name] ?? attributes[name] { return value }
    return attributes.first { key, _ in key.hasSuffix(":" + name) }?.value
  }

  /// `w:val` as an integer.
  static func intValue(_ attributes: [String: String], _ name: String = "val") -> Int? {
    attribute(name, in: attributes).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  /// Whether an on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`) is on.
  static func isOn(_ attributes: [String: String]) -> Bool {
    guard let value = attribute("val", in: attributes)?.lowercased() else { return true }
    return !(value == "0" || value == "false" || value == "off")
  }
}
