import PlanLensModel

/// Target changes: quantities paired by indicator within corresponding provisions (then, for
/// those left, across the document), compared on value, range, comparator, unit, deadline and
/// scope; the unpaired are added or removed.
struct QuantityChangeFinder: Sendable {
  static let localThreshold = 0.4
  static let globalThreshold = 0.75

  let grouping: DiffFactGrouping

  func changes(old: [Quantity], new: [Quantity]) -> [FactChange] {
    let oldGroups = DiffFactGrouping.groups(old) { DiffFactGrouping.key(provision: $0.provision, heading: $0.heading) }
    let newGroups = DiffFactGrouping.groups(new) { DiffFactGrouping.key(provision: $0.provision, heading: $0.heading) }
    let oldIndicators = old.map { DiffCharacterBigrams($0.indicator) }
    let newIndicators = new.map { DiffCharacterBigrams($0.indicator) }

    var local: [DiffScoredPair] = []
    for (key, olds) in oldGroups {
      guard let target = grouping.counterpart(ofOld: key), let news = newGroups[target] else { continue }
      for (a, i) in olds.enumerated() {
        for (b, j) in news.enumerated() {
          let rank = 1 - Double(abs(a - b)) / Double(max(olds.count, news.count))
          let score =
            0.55 * oldIndicators[i].dice(newIndicators[j]) + 0.15 * (old[i].unit == new[j].unit ? 1 : 0)
            + 0.1 * (old[i].value == new[j].value ? 1 : 0)
            + 0.1 * (Self.sameDeadline(old[i].deadline, new[j].deadline) ? 1 : 0) + 0.1 * rank
          local.append(DiffScoredPair(old: i, new: j, score: score))
        }
      }
    }
    var pairs = DiffGreedyMatcher.match(local, threshold: Self.localThreshold)
    let pairedOld = Set(pairs.map(\.old))
    let pairedNew = Set(pairs.map(\.new))
    var global: [DiffScoredPair] = []
    for i in old.indices where !pairedOld.contains(i) {
      for j in new.indices where !pairedNew.contains(j) && old[i].unit == new[j].unit {
        let dice = oldIndicators[i].dice(newIndicators[j])
        guard dice >= Self.globalThreshold else { continue }
        global.append(DiffScoredPair(old: i, new: j, score: dice + (old[i].value == new[j].value ? 0.01 : 0)))
      }
    }
    pairs += DiffGreedyMatcher.match(global, threshold: Self.globalThreshold)

    var changed: [(Int, FactChange)] = []
    for pair in pairs {
      let before = old[pair.old]
      let after = new[pair.new]
      let fields = Self.differingFields(before, after)
      guard !fields.isEmpty else { continue }
      changed.append(
        (
          pair.new,
          FactChange(
            type: .targetChanged, indicator: after.indicator, before: .quantity(QuantityState(before)),
            after: .quantity(QuantityState(after)), changes: fields, oldProvision: before.provision,
            newProvision: after.provision)
        ))
    }
    let matchedOld = Set(pairs.map(\.old))
    let matchedNew = Set(pairs.map(\.new))
    let added = new.indices.filter { !matchedNew.contains($0) }.map { j in
      FactChange(
        type: .targetAdded, indicator: new[j].indicator, before: nil, after: .quantity(QuantityState(new[j])),
        newProvision: new[j].provision)
    }
    let removed = old.indices.filter { !matchedOld.contains($0) }.map { i in
      FactChange(
        type: .targetRemoved, indicator: old[i].indicator, before: .quantity(QuantityState(old[i])), after: nil,
        oldProvision: old[i].provision)
    }
    return changed.sorted { $0.0 < $1.0 }.map(\.1) + added + removed
  }

  static func sameDeadline(_ a: Deadline?, _ b: Deadline?) -> Bool {
    a?.year == b?.year && a?.month == b?.month && a?.day == b?.day
  }

  /// The fields in which two quantities differ, in a fixed order.
  static func differingFields(_ a: Quantity, _ b: Quantity) -> [String] {
    var out: [String] = []
    if a.value != b.value { out.append("value") }
    if a.valueMax != b.valueMax { out.append("valueMax") }
    if a.comparator != b.comparator { out.append("comparator") }
    if a.unit != b.unit { out.append("unit") }
    if !sameDeadline(a.deadline, b.deadline) { out.append("deadline") }
    if a.scope != b.scope { out.append("scope") }
    return out
  }
}
