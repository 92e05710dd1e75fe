/// A start tag: lower-case name, attributes (lower-case names, entity-decoded values).
struct HTMLTag: Equatable, Sendable {
  var name: String
  var attributes: [String: String]
  /// Written `<br/>`-style.
  var selfClosing: Bool

  /// The attribute's value, nil when absent.
  subscript(attribute name: String) -> String? { attributes[name] }
}
