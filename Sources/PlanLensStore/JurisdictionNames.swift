import GRDB

/// Display names of jurisdiction rows ("山东省 济宁市 兖州区"), each looked up once per query.
final class JurisdictionNames {
  private var cache: [Int64: String] = [:]

  /// The display name of row `id`; "" for nil.
  func name(of id: Int64?, in db: Database) throws -> String {
    guard let id else { return "" }
    if let known = cache[id] { return known }
    let name = try JurisdictionRecorder.jurisdiction(id: id, in: db).displayName
    cache[id] = name
    return name
  }
}
