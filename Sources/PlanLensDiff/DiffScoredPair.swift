/// A candidate pairing of item `old` of one version with item `new` of the other.
struct DiffScoredPair: Hashable, Sendable {
  var old: Int
  var new: Int
  var score: Double
}
