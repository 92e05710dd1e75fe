/// The parts of a paragraph style (`w:style w:type="paragraph"`) that matter for numbering.
struct DocxStyle: Sendable, Equatable {
  var basedOn: String?
  var numId: Int?
  var level: Int?
}
