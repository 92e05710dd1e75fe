import PlanLensModel
import PlanLensText

/// The weight each feature adds to a kind, from `kind-weights.tsv`; the kind with the largest
/// sum wins.
struct KindWeights: Sendable {
  let weights: [KindFeature: (kind: Quantity.Kind, weight: Double)]

  /// The bundled `kind-weights.tsv`.
  static func table() throws -> DataTable { try DataTable.load("kind-weights.tsv", in: .module) }

  init(table: DataTable) throws {
    var weights: [KindFeature: (kind: Quantity.Kind, weight: Double)] = [:]
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, let feature = KindFeature(rawValue: row[0]), let kind = Quantity.Kind(rawValue: row[1]),
        let weight = Double(row[2])
      else {
        throw DataTableError.badRow(
          table: table.name, row: table.lineNumbers[i], reason: "expected a feature, a kind and a weight")
      }
      weights[feature] = (kind, weight)
    }
    for feature in KindFeature.allCases where weights[feature] == nil {
      throw DataTableError.badRow(table: table.name, row: 0, reason: "no weight for feature \(feature.rawValue)")
    }
    self.weights = weights
  }

  /// The kind the features add up to (ties go to the kind of the heavier single feature).
  func decide(_ features: Set<KindFeature>) -> Quantity.Kind {
    var sums: [Quantity.Kind: Double] = [:]
    var heaviest: [Quantity.Kind: Double] = [:]
    for feature in features.union([.prior]) {
      guard let (kind, weight) = weights[feature] else { continue }
      sums[kind, default: 0] += weight
      heaviest[kind] = max(heaviest[kind] ?? 0, weight)
    }
    return Quantity.Kind.allCases.max { a, b in
      let x = sums[a] ?? 0
      let y = sums[b] ?? 0
      return x != y ? x < y : (heaviest[a] ?? 0) < (heaviest[b] ?? 0)
    } ?? .target
  }
}
