/// Pairs the section headings (headings with provisions under them) of two versions by title
/// and by how many of their provisions were paired with each other, so a retitled section whose
/// tasks stayed is still the same section, and one of two sections with the same title goes to
/// the one that holds its tasks.
struct DiffSectionAligner: Sendable {
  static let threshold = 0.35
  static let titleWeight = 0.5
  static let overlapWeight = 0.4
  static let labelWeight = 0.05
  static let positionWeight = 0.05

  /// Old section heading id → new section heading id.
  func align(old: DiffDocumentIndex, new: DiffDocumentIndex, alignment: DiffProvisionAlignment) -> [String: String] {
    let oldSections = old.sectionPositions
    let newSections = new.sectionPositions
    guard !oldSections.isEmpty, !newSections.isEmpty else { return [:] }
    var oldSlot: [String: Int] = [:]
    for (k, h) in oldSections.enumerated() { oldSlot[old.headings[h].id] = k }
    var newSlot: [String: Int] = [:]
    for (k, h) in newSections.enumerated() { newSlot[new.headings[h].id] = k }

    let oldAncestors = old.provisions.map { old.ancestorIDs(ofHeading: $0.heading).compactMap { oldSlot[$0] } }
    let newAncestors = new.provisions.map { new.ancestorIDs(ofHeading: $0.heading).compactMap { newSlot[$0] } }
    var oldSize = [Int](repeating: 0, count: oldSections.count)
    for slots in oldAncestors { for a in slots { oldSize[a] += 1 } }
    var newSize = [Int](repeating: 0, count: newSections.count)
    for slots in newAncestors { for b in slots { newSize[b] += 1 } }
    var shared = [Int](repeating: 0, count: oldSections.count * newSections.count)
    for (i, j) in alignment.pairs {
      for a in oldAncestors[i] { for b in newAncestors[j] { shared[a * newSections.count + b] += 1 } }
    }

    let oldTitles = oldSections.map { DiffCharacterBigrams(old.headings[$0].title) }
    let newTitles = newSections.map { DiffCharacterBigrams(new.headings[$0].title) }
    let oldLast = Double(max(oldSections.count - 1, 1))
    let newLast = Double(max(newSections.count - 1, 1))
    var candidates: [DiffScoredPair] = []
    for a in oldSections.indices {
      for b in newSections.indices {
        let title = oldTitles[a].dice(newTitles[b])
        let size = max(oldSize[a], newSize[b])
        let overlap = size == 0 ? 0 : Double(shared[a * newSections.count + b]) / Double(size)
        guard overlap >= 0.2 || title >= 0.6 else { continue }
        let oldLabel = old.headings[oldSections[a]].label
        let label = !oldLabel.isEmpty && oldLabel == new.headings[newSections[b]].label ? 1.0 : 0
        let position = 1 - abs(Double(a) / oldLast - Double(b) / newLast)
        let score =
          Self.titleWeight * title + Self.overlapWeight * overlap + Self.labelWeight * label + Self.positionWeight
          * position
        candidates.append(DiffScoredPair(old: a, new: b, score: score))
      }
    }
    var out: [String: String] = [:]
    for pair in DiffGreedyMatcher.match(candidates, threshold: Self.threshold) {
      out[old.headings[oldSections[pair.old]].id] = new.headings[newSections[pair.new]].id
    }
    return out
  }
}
