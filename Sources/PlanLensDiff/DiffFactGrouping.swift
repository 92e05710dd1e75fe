/// Where a fact stands — its provision, else its heading, else the document — and which place
/// of the new version corresponds to a place of the old one.
struct DiffFactGrouping: Sendable {
  /// Old provision id → new provision id.
  let provisionMap: [String: String]
  /// Old heading id → new heading id.
  let headingMap: [String: String]

  static func key(provision: String?, heading: String?) -> String {
    if let provision { return "p:" + provision }
    if let heading { return "h:" + heading }
    return "-"
  }

  /// The new place corresponding to old place `key`, if any.
  func counterpart(ofOld key: String) -> String? {
    if key.hasPrefix("p:") { return provisionMap[String(key.dropFirst(2))].map { "p:" + $0 } }
    if key.hasPrefix("h:") { return headingMap[String(key.dropFirst(2))].map { "h:" + $0 } }
    return key
  }

  /// Positions of `items` grouped by place, each group in document order.
  static func groups<T>(_ items: [T], place: (T) -> String) -> [String: [Int]] {
    var out: [String: [Int]] = [:]
    for (k, item) in items.enumerated() { out[place(item), default: []].append(k) }
    return out
  }
}
