/// Formats of the tables PlanLens prints.
public enum TableFormat: String, CaseIterable, Sendable {
  case csv, json, md
}
