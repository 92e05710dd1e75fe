import PlanLensCompare
import PlanLensModel

/// Small formatting rules shared by the comparison renderers.
enum ReportFigures {
  /// "≥ 70% (2026)" for an entry.
  static func figure(_ e: IndicatorEntry) -> String {
    let comparator = e.comparator.symbol
    let value = WholeNumber.range(e.value, e.valueMax)
    let deadline = e.deadline.map { " (\($0))" } ?? ""
    return (comparator.isEmpty ? "" : comparator + " ") + value + (e.unit ?? "") + deadline
  }

  /// ▲ for the highest ambition, ▼ for the lowest.
  static func mark(_ e: IndicatorEntry) -> String {
    switch e.ambition {
    case "highest": return " ▲"
    case "lowest": return " ▼"
    default: return ""
    }
  }
}
