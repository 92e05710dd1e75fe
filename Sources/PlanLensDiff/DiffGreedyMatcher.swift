/// A one-to-one assignment: the best-scoring candidate first, then the best among those left,
/// down to a threshold. Position plays no part beyond the scores, so renumbering and moves do
/// not disturb it.
enum DiffGreedyMatcher {
  /// The chosen pairs, best first. Ties go to the lower old, then new, index.
  static func match(_ candidates: [DiffScoredPair], threshold: Double) -> [DiffScoredPair] {
    let sorted = candidates.filter { $0.score >= threshold }.sorted {
      if $0.score != $1.score { return $0.score > $1.score }
      if $0.old != $1.old { return $0.old < $1.old }
      return $0.new < $1.new
    }
    var usedOld = Set<Int>()
    var usedNew = Set<Int>()
    var out: [DiffScoredPair] = []
    for pair in sorted where !usedOld.contains(pair.old) && !usedNew.contains(pair.new) {
      usedOld.insert(pair.old)
      usedNew.insert(pair.new)
      out.append(pair)
    }
    return out
  }
}
