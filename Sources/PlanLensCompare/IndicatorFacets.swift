import PlanLensModel

/// What a figure measures besides its words: the unit's dimension, whether it counts an
/// increment, the period a rate is per, the part of the field it covers, and its kind. Figures
/// whose facets differ are never clustered into one indicator and never ranked against each other.
public struct IndicatorFacets: Codable, Sendable, Hashable {
  /// The unit's dimension from `units.tsv` (percentage, beds, money …), the unit itself when the
  /// table does not know it, or "none".
  public var dimension: String
  /// 新增, 累计新增, 每年新增, 新建, 已建成 (indicator-facets.tsv) — nil for a total or
  /// a level.
  public var change: String?
  /// 每周, 每月, 每年 … — nil when the wording names no period.
  public var period: String?
  /// 乡镇, 农村, 公办 … in name order; empty for the whole field.
  public var scope: [String]
  public var kind: Quantity.Kind

  public init(dimension: String, change: String?, period: String?, scope: [String], kind: Quantity.Kind) {
    self.dimension = dimension
    self.change = change
    self.period = period
    self.scope = scope
    self.kind = kind
  }

  /// The facets besides kind and dimension, as a short note for a row's label ("新增·每周").
  public var qualifiers: [String] {
    [change, period].compactMap { $0 } + scope
  }
}
