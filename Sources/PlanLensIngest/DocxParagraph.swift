/// One `w:p` of a document as read: its text and the numbering and style it asks for.
struct DocxParagraph: Sendable, Equatable {
  /// Run text with `w:tab` as "\t" and `w:br`/`w:cr` as "\n".
  var text = ""
  /// `w:numPr/w:numId` set on the paragraph itself (0 switches numbering off).
  var numId: Int?
  /// `w:numPr/w:ilvl` set on the paragraph itself.
  var level: Int?
  /// `w:pStyle`.
  var styleId: String?
}
