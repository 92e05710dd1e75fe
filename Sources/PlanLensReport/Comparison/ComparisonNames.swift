import PlanLensCompare

/// Short column names for documents: the jurisdiction (the issuer, else the level, for a
/// national plan, which has no jurisdiction) and the document type (济宁市·行动方案); when two
/// documents would still share a name, the plan's first year (its period's start, else its end,
/// else its year of issue), and then their order (#1, #2). The full title goes on hover.
struct ComparisonNames {
  private let names: [String: String]
  private let titles: [String: String]

  init(_ c: Comparison) {
    let base = { (d: ComparedDocument) -> String in
      let place = d.meta.jurisdiction.name ?? d.meta.issuer ?? d.meta.level?.rawValue ?? d.jurisdiction
      return d.meta.docType.map { place + "·" + $0 } ?? place
    }
    let year = { (d: ComparedDocument) -> String in
      let issued = d.meta.issueDate.flatMap { Int($0.prefix(4)) }
      return (d.meta.period.start ?? d.meta.period.end ?? issued).map { " \($0)" } ?? ""
    }
    var names = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, base($0)) })
    for step in [year, { _ in "" }] {
      let counts = Dictionary(grouping: c.documents.map(\.id)) { names[$0] ?? $0 }
      for (name, ids) in counts where ids.count > 1 {
        for (k, id) in ids.enumerated() {
          guard let d = c.documents.first(where: { $0.id == id }) else { continue }
          let more = step(d)
          names[id] = more.isEmpty ? name + " #\(k + 1)" : name + more
        }
      }
    }
    self.names = names
    titles = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, $0.meta.title ?? $0.id) })
  }

  func short(_ id: String) -> String { names[id] ?? id }

  /// The document's full title, for hover text.
  func title(_ id: String) -> String { titles[id] ?? id }
}
