import Foundation
import PlanLensDiff
import PlanLensModel

/// Short human statements of facts and of what changed in them, for report rows.
enum FactStateFormatter {
  static func typeLabel(_ type: FactChangeType) -> String {
    switch type {
    case .targetChanged: return "target changed"
    case .targetAdded: return "target added"
    case .targetRemoved: return "target removed"
    case .responsibilityChanged: return "responsibility changed"
    case .milestoneChanged: return "milestone changed"
    case .metaChanged: return "metadata changed"
    }
  }

  /// "≥70% · 2026年年底前", "lead 市民政局; support 市财政局", "—" when absent.
  static func text(_ state: FactState?) -> String {
    switch state {
    case .none:
      return "—"
    case .quantity(let q)?:
      var value = q.comparator.symbol + number(q.value)
      if let max = q.valueMax { value += "–" + number(max) }
      value += q.unit ?? ""
      var parts = [value]
      if let scope = q.scope { parts.insert(scope, at: 0) }
      if let deadline = q.deadline { parts.append(deadline.text) }
      if q.kind != .target { parts.append(q.kind.rawValue) }
      return parts.joined(separator: " · ")
    case .responsibility(let r)?:
      let lead = r.units.filter { $0.role == .lead }.map(\.name)
      let support = r.units.filter { $0.role == .support }.map(\.name)
      var parts: [String] = []
      if !lead.isEmpty { parts.append("lead " + lead.joined(separator: "、")) }
      if !support.isEmpty { parts.append("support " + support.joined(separator: "、")) }
      return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    case .milestone(let m)?:
      let dates = [m.start, m.end].map { $0 ?? "…" }.joined(separator: " – ")
      return "\(m.text) (\(dates))"
    case .meta(let m)?:
      return m.text ?? "—"
    }
  }

  /// What differs, or nil when the row says it all.
  static func detail(_ change: FactChange) -> String? {
    if !change.departments.isEmpty {
      return change.departments.map { d in
        switch (d.before, d.after) {
        case (nil, let after?): return "+\(d.name) (\(after.rawValue))"
        case (let before?, nil): return "−\(d.name) (\(before.rawValue))"
        case (let before?, let after?): return "\(d.name) \(before.rawValue) → \(after.rawValue)"
        case (nil, nil): return d.name
        }
      }.joined(separator: "; ")
    }
    if change.before == nil || change.after == nil || change.type == .metaChanged { return nil }
    return change.changes.isEmpty ? nil : "changed: " + change.changes.joined(separator: ", ")
  }

  /// 70, 0.25, 1500 — no trailing ".0".
  static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(format: "%g", value)
  }
}
