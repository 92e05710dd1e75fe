/// A `w:num`: the numbering a paragraph's `w:numId` names, an abstract definition plus
/// per-level overrides.
struct DocxNumberingInstance: Sendable, Equatable {
  var abstractId: Int?
  /// `w:lvlOverride/w:startOverride` by level.
  var startOverrides: [Int: Int] = [:]
  /// `w:lvlOverride/w:lvl`: whole levels replaced for this instance.
  var levelOverrides: [Int: DocxNumberingLevel] = [:]
}
