/// Turns an alignment into the provision entries of a diff: classifies each pair as unchanged,
/// reworded or moved, finds splits and merges among the unpaired, adds word-level redlines,
/// and orders everything as the new version reads with removed provisions where they stood.
struct ProvisionChangeBuilder: Sendable {
  /// An unpaired provision is a piece of a split (or merge) when this share of its weighted
  /// words is in the other provision.
  static let containment = 0.75
  /// … and it has at least this many words.
  static let minimumWords = 6

  let old: DiffDocumentIndex
  let new: DiffDocumentIndex
  let oldTokens: [[DiffToken]]
  let newTokens: [[DiffToken]]
  let space: DiffTermSpace
  let alignment: DiffProvisionAlignment
  /// Old heading id → new heading id, for sections and provisions alike.
  let headingMap: [String: String]

  func changes() -> [ProvisionChange] {
    let moved = movedPairs()
    let differ = DiffWordDiffer()
    var entries: [(key: (Double, Int, Int), change: ProvisionChange)] = []
    for (i, j) in alignment.pairs {
      let textChanged = old.normalizedBodies[i] != new.normalizedBodies[j]
      let kind: ProvisionChangeKind = moved.contains(i) ? .moved : textChanged ? .reworded : .unchanged
      let change = ProvisionChange(
        kind: kind, old: old.snapshot(ofProvision: i), new: new.snapshot(ofProvision: j),
        similarity: textChanged ? alignment.cosine[i] : 1, textChanged: textChanged,
        labelChanged: old.provisions[i].label != new.provisions[j].label,
        runs: textChanged ? differ.runs(old: oldTokens[i], new: newTokens[j]) : [])
      entries.append(((Double(j), 0, 0), change))
    }
    for j in new.provisions.indices where alignment.oldOfNew[j] == nil {
      let change = ProvisionChange(
        kind: .added, old: nil, new: new.snapshot(ofProvision: j), similarity: 0, textChanged: true,
        labelChanged: false, runs: [], splitFrom: splitSource(ofNew: j).map { old.provisions[$0].id })
      entries.append(((Double(j), 0, 0), change))
    }
    var lastMatchedNew = -1.0
    for i in old.provisions.indices {
      if let j = alignment.newOfOld[i] {
        lastMatchedNew = Double(j)
        continue
      }
      let change = ProvisionChange(
        kind: .removed, old: old.snapshot(ofProvision: i), new: nil, similarity: 0, textChanged: true,
        labelChanged: false, runs: [], mergedInto: mergeTarget(ofOld: i).map { new.provisions[$0].id })
      entries.append(((lastMatchedNew, 1, i), change))
    }
    return entries.sorted { $0.key < $1.key }.map(\.change)
  }

  /// Old positions of the pairs whose provision now sits under a section that does not
  /// correspond to its old one, or that left the order of its section.
  private func movedPairs() -> Set<Int> {
    var moved = Set<Int>()
    var groups: [String: [(old: Int, new: Int)]] = [:]
    for (i, j) in alignment.pairs {
      let oldParent = old.parentID(ofProvision: i)
      let newParent = new.parentID(ofProvision: j)
      let sameParent: Bool
      if let oldParent {
        sameParent = newParent != nil && headingMap[oldParent] == newParent
      } else {
        sameParent = newParent == nil
      }
      if sameParent {
        groups[newParent ?? "", default: []].append((i, j))
      } else {
        moved.insert(i)
      }
    }
    for pairs in groups.values where pairs.count > 1 {
      let ordered = pairs.sorted { $0.new < $1.new }
      let kept = Set(DiffLongestIncreasingSubsequence.indices(of: ordered.map(\.old)))
      for (k, pair) in ordered.enumerated() where !kept.contains(k) { moved.insert(pair.old) }
    }
    return moved
  }

  /// The old provision an added one was carved out of: most of its words are there, and that
  /// old provision either lost text to its own counterpart or has none.
  private func splitSource(ofNew j: Int) -> Int? {
    guard space.new[j].wordCount >= Self.minimumWords else { return nil }
    var best: (Int, Double)?
    for i in alignment.oldCandidatesOfNew[j] {
      if let k = alignment.newOfOld[i], old.normalizedBodies[i] == new.normalizedBodies[k] { continue }
      let share = space.new[j].containment(in: space.old[i])
      if share >= Self.containment, share > best?.1 ?? 0 { best = (i, share) }
    }
    return best?.0
  }

  /// The new provision a removed one was folded into.
  private func mergeTarget(ofOld i: Int) -> Int? {
    guard space.old[i].wordCount >= Self.minimumWords else { return nil }
    var best: (Int, Double)?
    for j in alignment.newCandidatesOfOld[i] {
      if let k = alignment.oldOfNew[j], old.normalizedBodies[k] == new.normalizedBodies[j] { continue }
      let share = space.old[i].containment(in: space.new[j])
      if share >= Self.containment, share > best?.1 ?? 0 { best = (j, share) }
    }
    return best?.0
  }
}
