/// Pairs the provisions of two versions one to one, by a score over their text (TF-IDF cosine of
/// ICU words and word pairs), title (character-pair Dice), label and relative position, chosen
/// greedily best-first over all candidate pairs. Labels and positions weigh little, so an
/// insertion that renumbers every later task, or a task moved to another section, keeps its pair.
struct DiffProvisionAligner: Sendable {
  /// The least score of a pair.
  static let threshold = 0.4
  /// A pair needs this much text in common, unless its titles nearly agree.
  static let minimumCosine = 0.2
  static let sameTitle = 0.7

  static let textWeight = 0.7
  static let titleWeight = 0.2
  static let labelWeight = 0.05
  static let positionWeight = 0.05

  func align(old: DiffDocumentIndex, new: DiffDocumentIndex, space: DiffTermSpace) -> DiffProvisionAlignment {
    let rows = space.cosines(minimum: 0.05)
    let oldTitles = old.provisions.map { DiffCharacterBigrams($0.title) }
    let newTitles = new.provisions.map { DiffCharacterBigrams($0.title) }
    let oldLast = Double(max(old.provisions.count - 1, 1))
    let newLast = Double(max(new.provisions.count - 1, 1))
    var candidates: [DiffScoredPair] = []
    var oldCandidatesOfNew = [[Int]](repeating: [], count: new.provisions.count)
    var newCandidatesOfOld = [[Int]](repeating: [], count: old.provisions.count)
    var cosines: [Int: Double] = [:]
    for (i, row) in rows.enumerated() {
      for (j, cosine) in row {
        oldCandidatesOfNew[j].append(i)
        newCandidatesOfOld[i].append(j)
        let title = oldTitles[i].dice(newTitles[j])
        guard cosine >= Self.minimumCosine || title >= Self.sameTitle else { continue }
        let label = !old.provisions[i].label.isEmpty && old.provisions[i].label == new.provisions[j].label ? 1.0 : 0
        let position = 1 - abs(Double(i) / oldLast - Double(j) / newLast)
        let score =
          Self.textWeight * cosine + Self.titleWeight * title + Self.labelWeight * label + Self.positionWeight
          * position
        candidates.append(DiffScoredPair(old: i, new: j, score: score))
        cosines[i * new.provisions.count + j] = cosine
      }
    }
    var alignment = DiffProvisionAlignment(
      newOfOld: Array(repeating: nil, count: old.provisions.count),
      oldOfNew: Array(repeating: nil, count: new.provisions.count),
      cosine: Array(repeating: 0, count: old.provisions.count), oldCandidatesOfNew: oldCandidatesOfNew,
      newCandidatesOfOld: newCandidatesOfOld)
    for pair in DiffGreedyMatcher.match(candidates, threshold: Self.threshold) {
      alignment.newOfOld[pair.old] = pair.new
      alignment.oldOfNew[pair.new] = pair.old
      alignment.cosine[pair.old] = cosines[pair.old * new.provisions.count + pair.new] ?? 0
    }
    return alignment
  }
}
