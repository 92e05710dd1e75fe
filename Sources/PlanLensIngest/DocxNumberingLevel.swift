/// One level (`w:lvl`) of a numbering definition: how its number is counted and drawn.
struct DocxNumberingLevel: Sendable, Equatable {
  /// `w:start`: the first number of the level.
  var start = 1
  /// `w:numFmt`: "decimal", "chineseCounting", "bullet", "none", …
  var format = "decimal"
  /// `w:lvlText`: the label pattern, "%1、", "（%1）", "%1.%2"; empty draws nothing.
  var text = ""
  /// `w:lvlRestart`: restart after this 1-based level is used; 0 never restarts; nil restarts
  /// after any higher level.
  var restart: Int?
  /// `w:isLgl`: draw every level's number in decimal.
  var isLegal = false
  /// `w:pStyle`: the paragraph style that carries this level.
  var styleId: String?
  /// `w:suff`: what follows the label: "tab" (default), "space" or "nothing".
  var suffix = "tab"
}
