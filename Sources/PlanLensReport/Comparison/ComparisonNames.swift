import PlanLensCompare

/// Short column names for documents: the jurisdiction, with the document type when two
/// documents share a jurisdiction.
struct ComparisonNames {
  private let names: [String: String]

  init(_ c: Comparison) {
    var counts: [String: Int] = [:]
    for d in c.documents { counts[d.jurisdiction, default: 0] += 1 }
    var names: [String: String] = [:]
    for d in c.documents {
      names[d.id] = (counts[d.jurisdiction] ?? 0) > 1 ? "\(d.jurisdiction)·\(d.meta.docType ?? d.id)" : d.jurisdiction
    }
    self.names = names
  }

  func short(_ id: String) -> String { names[id] ?? id }
}
