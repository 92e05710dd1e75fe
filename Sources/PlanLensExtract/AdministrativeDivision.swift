import PlanLensModel

/// One row of China's division table: a province, a prefecture-level city or a county-level unit.
///
/// Codes are the 12-digit statistical codes of `divisions.tsv` (the first 6 digits are the
/// GB/T 2260 code), e.g. `370812000000` for 兖州区.
public struct AdministrativeDivision: Hashable, Sendable {
  /// The 12-digit code, e.g. "370812000000".
  public let code: String
  /// The full current name, e.g. "兖州区".
  public let name: String
  /// Province, city or county (the table holds no national or town rows).
  public let level: AdministrativeLevel
  /// The code of the enclosing division; nil for provinces. A municipality's districts point at
  /// the municipality; a province-administered county (济源市) points at its province.
  public let parentCode: String?

  /// The three levels kept in the table: province (省, 自治区, 直辖市 北京市 …, 特别行政区), city
  /// (prefecture level: 地级市, 地区, 自治州, 盟), county (区, 县, 县级市, 旗, 自治县, 林区, 特区).
  public static let tableLevels: [AdministrativeLevel] = [.province, .city, .county]

  public init(code: String, name: String, level: AdministrativeLevel, parentCode: String?) {
    self.code = code
    self.name = name
    self.level = level
    self.parentCode = parentCode
  }
}
