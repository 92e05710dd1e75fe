/// The content of `word/numbering.xml`: abstract definitions (their levels) and the
/// numbering instances paragraphs refer to.
struct DocxNumberingDefinitions: Sendable, Equatable {
  /// `w:abstractNum` levels by abstractNumId, then by level.
  var abstracts: [Int: [Int: DocxNumberingLevel]] = [:]
  /// `w:num` by numId.
  var instances: [Int: DocxNumberingInstance] = [:]

  /// The level `level` of instance `numId`, override first.
  func level(numId: Int, level: Int) -> DocxNumberingLevel? {
    guard let instance = instances[numId] else { return nil }
    if let override = instance.levelOverrides[level] { return override }
    return instance.abstractId.flatMap { abstracts[$0]?[level] }
  }

  /// The level of instance `numId` whose `w:pStyle` is `styleId`.
  func level(numId: Int, linkedTo styleId: String) -> Int? {
    guard let abstractId = instances[numId]?.abstractId, let levels = abstracts[abstractId] else {
      return nil
    }
    return levels.filter { $0.value.styleId == styleId }.map(\.key).min()
  }
}
