/// A piece of evidence about the kind of a quantity, found around its number (see
/// `kind-weights.tsv` for what each means and weighs).
enum KindFeature: String, Sendable, CaseIterable {
  case prior
  case baselineSection
  case grant
  case threshold
  case ownDeadline
  case pastYear
  case pastCue
  case perHead
  case perPeriodFrequency
  case upperBound
  case standardAfterUnit
  case standardCue
  case standardClauseCue
  case regulationDocType
}
