import PlanLensModel
import PlanLensText

/// Decides whether a quantity is a target, a standard or a baseline: the cues of kind-cues.tsv
/// give features, and the weights of kind-weights.tsv add them up.
struct QuantityKindClassifier: Sendable {
  let baselineHeadingCues: [String]
  let baselineCues: [String]
  let standardCues: [String]
  let standardAfterUnitCues: [String]
  let perHeadCues: [String]
  let perPeriodCues: [String]
  let frequencyUnits: Set<String>
  let standardDocTypes: [String]
  /// Units of a measure that can bound a group (元, 人, 平方米), not count its members.
  var thresholdUnits: Set<String> = []
  /// What follows such a bound when it qualifies a noun (的, 规模的).
  var thresholdLinks: [String] = []
  /// Units of money (units.tsv's dimension "money"), whose bound may qualify a noun directly.
  var moneyUnits: Set<String> = []
  /// Standard cues that count only in the number's own clause.
  var standardClauseCues: [String] = []

  /// Whether a number bounds the group it qualifies (营业收入5000万元以上的企业, 1000人规模的
  /// 学校, 1亿元以上规上企业): an eligibility threshold, which is a standard.
  /// - Parameter following: the clause after the number and its comparator cue.
  /// - Parameter bounded: a cue after the number closes it (以上, 以下): 2人的队伍 is a size, 20人
  ///   以上的村 a bound.
  func isThreshold(unit: String?, bounded: Bool, following: String) -> Bool {
    guard let unit, thresholdUnits.contains(unit) else { return false }
    if let link = thresholdLinks.first(where: following.hasPrefix) { return bounded || link.count > 1 }
    // Money bounding a noun directly (1亿元以上规上工业企业).
    guard bounded, moneyUnits.contains(unit), let first = following.unicodeScalars.first else { return false }
    return first.properties.isIdeographic
  }

  /// The weight of each feature.
  let weights: KindWeights

  /// The evidence about a number's kind.
  /// - Parameters:
  ///   - titles: the enclosing headings' titles, nearest first.
  ///   - clauseBefore: the number's clause up to the number; `opening`: the sentence's first
  ///     clause when it is a short adverbial (目前, 据统计); `phrase`: the number's phrase, up to
  ///     ； or 。 on either side; `clause`: the number's clause.
  ///   - afterUnit: the clause after the number's unit.
  ///   - pastYear: the sentence opens with a year before the document's own (2022年，…).
  func features(
    titles: [String], clauseBefore: String, opening: String, phrase: String, clause: String, afterUnit: String,
    unit: String?, hasDeadline: Bool, pastYear: Bool, comparator: Comparator, docType: String? = nil
  ) -> Set<KindFeature> {
    var out: Set<KindFeature> = []
    if titles.contains(where: { t in baselineHeadingCues.contains { t.includes($0) } }) { out.insert(.baselineSection) }
    if hasDeadline { out.insert(.ownDeadline) }
    if pastYear { out.insert(.pastYear) }
    if baselineCues.contains(where: { clauseBefore.includes($0) || opening.includes($0) }) { out.insert(.pastCue) }
    if perHeadCues.contains(where: clauseBefore.includes) { out.insert(.perHead) }
    if let unit, frequencyUnits.contains(unit), perPeriodCues.contains(where: clauseBefore.includes) {
      out.insert(.perPeriodFrequency)
    }
    if comparator.isCeiling { out.insert(.upperBound) }
    if standardAfterUnitCues.contains(where: afterUnit.hasPrefix) { out.insert(.standardAfterUnit) }
    if standardCues.contains(where: phrase.includes) { out.insert(.standardCue) }
    if standardClauseCues.contains(where: clause.includes) { out.insert(.standardClauseCue) }
    if let docType, standardDocTypes.contains(where: docType.hasSuffix) { out.insert(.regulationDocType) }
    return out
  }

  /// The kind the features weigh for.
  func kind(_ features: Set<KindFeature>) -> Quantity.Kind {
    weights.decide(features)
  }
}
