import PlanLensCompare

/// Short column names for documents: the jurisdiction (the issuer for a national plan, which has
/// none) and the document type (济宁市·行动方案), with the first year of the period, or the id,
/// when two documents would still share a name; the full title goes on hover.
struct ComparisonNames {
  private let names: [String: String]
  private let titles: [String: String]

  init(_ c: Comparison) {
    let base = { (d: ComparedDocument) -> String in
      let place = d.meta.jurisdiction.name ?? d.meta.issuer ?? d.jurisdiction
      return d.meta.docType.map { place + "·" + $0 } ?? place
    }
    var counts: [String: Int] = [:]
    for d in c.documents { counts[base(d), default: 0] += 1 }
    var withYear: [String: Int] = [:]
    let year = { (d: ComparedDocument) in d.meta.period.start.map { " \($0)" } ?? "" }
    for d in c.documents where (counts[base(d)] ?? 0) > 1 { withYear[base(d) + year(d), default: 0] += 1 }
    var names: [String: String] = [:]
    for d in c.documents {
      let name = base(d)
      guard (counts[name] ?? 0) > 1 else {
        names[d.id] = name
        continue
      }
      let dated = name + year(d)
      names[d.id] = (withYear[dated] ?? 0) > 1 || year(d).isEmpty ? name + " " + d.id : dated
    }
    self.names = names
    titles = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, $0.meta.title ?? $0.id) })
  }

  func short(_ id: String) -> String { names[id] ?? id }

  /// The document's full title, for hover text.
  func title(_ id: String) -> String { titles[id] ?? id }
}
