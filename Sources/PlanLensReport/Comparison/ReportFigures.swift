import PlanLensCompare

/// Small formatting rules shared by the comparison renderers.
enum ReportFigures {
  /// 55, 21.58, 2–5.
  static func number(_ v: Double) -> String {
    v.rounded() == v && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }

  /// "≥ 70% (2026)" for an entry.
  static func figure(_ e: IndicatorEntry) -> String {
    let comparator = ["<=": "≤", ">=": "≥", "~": "约", "=": "", "<": "<", ">": ">"][e.comparator] ?? e.comparator
    let value = number(e.value) + (e.valueMax.map { "–" + number($0) } ?? "")
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
