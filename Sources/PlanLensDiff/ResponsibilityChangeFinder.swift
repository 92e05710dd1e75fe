import PlanLensModel

/// Responsibility changes: the responsibility brackets and sentences of corresponding provisions
/// paired by wording and departments, then compared department by department (keyed by
/// canonical name and level, so 市卫健委 and 市卫生健康委 are one unit). A bracket only in one
/// version is a task a department gained or lost.
struct ResponsibilityChangeFinder: Sendable {
  static let threshold = 0.3

  let grouping: DiffFactGrouping
  let old: DiffDocumentIndex
  let new: DiffDocumentIndex

  func changes() -> [FactChange] {
    let before = old.document.responsibilities
    let after = new.document.responsibilities
    let oldGroups = DiffFactGrouping.groups(before) {
      DiffFactGrouping.key(provision: $0.provision, heading: $0.heading)
    }
    let newGroups = DiffFactGrouping.groups(after) {
      DiffFactGrouping.key(provision: $0.provision, heading: $0.heading)
    }
    let oldQuotes = before.map { DiffCharacterBigrams($0.quote) }
    let newQuotes = after.map { DiffCharacterBigrams($0.quote) }
    let oldStates = before.map(ResponsibilityState.init)
    let newStates = after.map(ResponsibilityState.init)

    var candidates: [DiffScoredPair] = []
    for (key, olds) in oldGroups {
      guard let target = grouping.counterpart(ofOld: key), let news = newGroups[target] else { continue }
      for (a, i) in olds.enumerated() {
        for (b, j) in news.enumerated() {
          let rank = 1 - Double(abs(a - b)) / Double(max(olds.count, news.count))
          let oldKeys = Set(oldStates[i].units.map(\.key))
          let newKeys = Set(newStates[j].units.map(\.key))
          let union = oldKeys.union(newKeys).count
          let units = union == 0 ? 1 : Double(oldKeys.intersection(newKeys).count) / Double(union)
          var score = 0.6 * oldQuotes[i].dice(newQuotes[j]) + 0.3 * units + 0.1 * rank
          if olds.count == 1, news.count == 1 { score = max(score, Self.threshold) }
          candidates.append(DiffScoredPair(old: i, new: j, score: score))
        }
      }
    }
    let pairs = DiffGreedyMatcher.match(candidates, threshold: Self.threshold)
    var entries: [(key: (Int, Int), change: FactChange)] = []
    for pair in pairs {
      let (fields, departments) = Self.compare(oldStates[pair.old], newStates[pair.new])
      guard !fields.isEmpty else { continue }
      entries.append(
        (
          (pair.new, 0),
          FactChange(
            type: .responsibilityChanged, indicator: indicator(after[pair.new], in: new),
            before: .responsibility(oldStates[pair.old]), after: .responsibility(newStates[pair.new]),
            changes: fields, departments: departments, oldProvision: before[pair.old].provision,
            newProvision: after[pair.new].provision)
        ))
    }
    let pairedOld = Set(pairs.map(\.old))
    let pairedNew = Set(pairs.map(\.new))
    for j in after.indices where !pairedNew.contains(j) {
      let departments = newStates[j].units.map { DepartmentChange(name: $0.name, before: nil, after: $0.role) }
      entries.append(
        (
          (j, 1),
          FactChange(
            type: .responsibilityChanged, indicator: indicator(after[j], in: new), before: nil,
            after: .responsibility(newStates[j]), departments: departments, newProvision: after[j].provision)
        ))
    }
    for i in before.indices where !pairedOld.contains(i) {
      let departments = oldStates[i].units.map { DepartmentChange(name: $0.name, before: $0.role, after: nil) }
      entries.append(
        (
          (Int.max, i),
          FactChange(
            type: .responsibilityChanged, indicator: indicator(before[i], in: old),
            before: .responsibility(oldStates[i]), after: nil, departments: departments,
            oldProvision: before[i].provision)
        ))
    }
    return entries.sorted { $0.key < $1.key }.map(\.change)
  }

  /// The task a responsibility belongs to, as its label and title, else its quote.
  private func indicator(_ responsibility: Responsibility, in index: DiffDocumentIndex) -> String {
    if let id = responsibility.provision, let i = index.provisionPosition[id] { return index.caption(ofProvision: i) }
    if let heading = index.heading(responsibility.heading) { return DiffDocumentIndex.caption(heading) }
    return responsibility.quote
  }

  /// Which role lists differ, and each department whose part changed.
  static func compare(_ a: ResponsibilityState, _ b: ResponsibilityState) -> ([String], [DepartmentChange]) {
    func roles(_ s: ResponsibilityState) -> [String: (role: UnitRole, name: String)] {
      var out: [String: (role: UnitRole, name: String)] = [:]
      for unit in s.units where out[unit.key]?.role != .lead { out[unit.key] = (unit.role, unit.name) }
      return out
    }
    let before = roles(a)
    let after = roles(b)
    var departments: [DepartmentChange] = []
    var seen = Set<String>()
    for unit in b.units + a.units {
      guard seen.insert(unit.key).inserted else { continue }
      let was = before[unit.key]?.role
      let now = after[unit.key]?.role
      if was != now {
        departments.append(DepartmentChange(name: after[unit.key]?.name ?? unit.name, before: was, after: now))
      }
    }
    var fields: [String] = []
    if Set(before.filter { $0.value.role == .lead }.keys) != Set(after.filter { $0.value.role == .lead }.keys) {
      fields.append("lead")
    }
    if Set(before.filter { $0.value.role == .support }.keys) != Set(after.filter { $0.value.role == .support }.keys) {
      fields.append("support")
    }
    return (fields, departments)
  }
}
