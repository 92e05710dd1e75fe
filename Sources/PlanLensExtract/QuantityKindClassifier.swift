import PlanLensModel

/// Decides whether a quantity is a target, a standard or a baseline (kind-cues.tsv).
struct QuantityKindClassifier: Sendable {
  let baselineHeadingCues: [String]
  let baselineCues: [String]
  let standardCues: [String]
  let standardAfterUnitCues: [String]

  /// - Parameters:
  ///   - titles: the enclosing headings' titles, nearest first.
  ///   - clauseBefore: the number's clause up to the number; `opening`: the sentence's first
  ///     clause when it is a short adverbial (目前, 据统计); `sentence`: all of it.
  ///   - afterUnit: the few characters after the number's unit.
  func kind(
    titles: [String], clauseBefore: String, opening: String, sentence: String, afterUnit: String,
    hasDeadline: Bool, comparator: String
  ) -> Quantity.Kind {
    if titles.contains(where: { t in baselineHeadingCues.contains { t.contains($0) } }) { return .baseline }
    if hasDeadline { return .target }
    if baselineCues.contains(where: { clauseBefore.contains($0) || opening.contains($0) }) { return .baseline }
    if comparator == "<=" || comparator == "<" { return .standard }
    if standardAfterUnitCues.contains(where: afterUnit.hasPrefix) { return .standard }
    if standardCues.contains(where: sentence.contains) { return .standard }
    return .target
  }
}
