/// The level of a government or of one of its departments, as the export writes it: the central
/// government (national), a province, a prefecture-level city, a county-level unit, a township
/// or street office (town).
public enum AdministrativeLevel: String, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  case national, province, city, county, town

  /// The exported word itself ("city").
  public var description: String { rawValue }
}
