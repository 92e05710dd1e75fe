import PlanLensModel

extension Jurisdiction {
  /// Province, city and county separated by spaces ("山东省 济宁市 兖州区"); a municipality that is
  /// both province and city is named once; "" when unknown.
  var displayName: String {
    var names: [String] = []
    for name in [province, city, county].compactMap({ $0 }) where names.last != name {
      names.append(name)
    }
    return names.joined(separator: " ")
  }
}
