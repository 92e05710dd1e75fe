/// The paragraph styles of `word/styles.xml`, for numbering carried by a style (heading styles
/// linked to a multilevel list).
struct DocxStyleSheet: Sendable, Equatable {
  var styles: [String: DocxStyle] = [:]
  /// The style of paragraphs without `w:pStyle`.
  var defaultParagraphStyle: String?

  /// The numId and level style `styleId` gives, following `w:basedOn`; each nil when no style
  /// in the chain sets it.
  func numbering(of styleId: String) -> (numId: Int?, level: Int?) {
    var numId: Int?
    var level: Int?
    var current: String? = styleId
    var visited: Set<String> = []
    while let id = current, !visited.contains(id), let style = styles[id] {
      visited.insert(id)
      numId = numId ?? style.numId
      level = level ?? style.level
      current = style.basedOn
    }
    return (numId, level)
  }
}
