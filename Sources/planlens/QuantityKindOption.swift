import ArgumentParser
import PlanLensModel

/// `--kind target|standard|baseline`.
enum QuantityKindOption: String, ExpressibleByArgument, CaseIterable {
  case target, standard, baseline

  var kind: Quantity.Kind {
    switch self {
    case .target: return .target
    case .standard: return .standard
    case .baseline: return .baseline
    }
  }
}
