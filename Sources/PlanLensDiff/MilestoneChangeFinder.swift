import PlanLensModel

/// Milestone changes: phases and reviews paired by label, compared on their start and end dates;
/// a milestone only in one version is reported with the other side empty.
struct MilestoneChangeFinder: Sendable {
  static let threshold = 0.5

  func changes(old: [Milestone], new: [Milestone]) -> [FactChange] {
    let oldLabels = old.map { DiffCharacterBigrams($0.label) }
    let newLabels = new.map { DiffCharacterBigrams($0.label) }
    var candidates: [DiffScoredPair] = []
    for i in old.indices {
      for j in new.indices {
        let dice = oldLabels[i].dice(newLabels[j])
        guard dice >= Self.threshold else { continue }
        let position = 1 - Double(abs(i - j)) / Double(max(old.count, new.count))
        candidates.append(DiffScoredPair(old: i, new: j, score: dice + 0.1 * position))
      }
    }
    let pairs = DiffGreedyMatcher.match(candidates, threshold: Self.threshold).sorted { $0.new < $1.new }
    var out: [FactChange] = []
    for pair in pairs {
      var fields: [String] = []
      if old[pair.old].start != new[pair.new].start { fields.append("start") }
      if old[pair.old].end != new[pair.new].end { fields.append("end") }
      guard !fields.isEmpty else { continue }
      out.append(
        FactChange(
          type: .milestoneChanged, indicator: new[pair.new].label, before: .milestone(old[pair.old]),
          after: .milestone(new[pair.new]), changes: fields))
    }
    let pairedOld = Set(pairs.map(\.old))
    let pairedNew = Set(pairs.map(\.new))
    for j in new.indices where !pairedNew.contains(j) {
      out.append(
        FactChange(
          type: .milestoneChanged, indicator: new[j].label, before: nil, after: .milestone(new[j])))
    }
    for i in old.indices where !pairedOld.contains(i) {
      out.append(
        FactChange(
          type: .milestoneChanged, indicator: old[i].label, before: .milestone(old[i]), after: nil))
    }
    return out
  }
}
