import PlanLensModel

/// Metadata changes, one per field that differs: title, status (draft → final), document type,
/// issuer, document number, date of issue, period, jurisdiction.
struct MetaChangeFinder: Sendable {
  func changes(old: DocumentMeta, new: DocumentMeta) -> [FactChange] {
    let fields: [(String, String?, String?)] = [
      ("title", old.title, new.title),
      ("status", old.status.rawValue, new.status.rawValue),
      ("docType", old.docType, new.docType),
      ("issuer", old.issuer, new.issuer),
      ("docNumber", old.docNumber, new.docNumber),
      ("issueDate", old.issueDate, new.issueDate),
      ("period", Self.text(old.period), Self.text(new.period)),
      ("jurisdiction", Self.text(old.jurisdiction), Self.text(new.jurisdiction)),
    ]
    return fields.compactMap { field, before, after in
      guard before != after else { return nil }
      return FactChange(
        type: .metaChanged, indicator: field, before: .meta(MetaFieldState(text: before)),
        after: .meta(MetaFieldState(text: after)), changes: [field])
    }
  }

  static func text(_ period: Period) -> String? {
    if period.start == nil, period.end == nil { return nil }
    return "\(period.start.map(String.init) ?? "?")–\(period.end.map(String.init) ?? "?")"
  }

  static func text(_ jurisdiction: Jurisdiction) -> String? {
    let parts = [jurisdiction.province, jurisdiction.city, jurisdiction.county].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}
