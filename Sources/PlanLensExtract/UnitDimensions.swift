import PlanLensText

/// What each unit of `units.tsv` measures (its one-word dimension), for the stages after
/// extraction: the comparison keeps a count of beds apart from an amount of money or a share.
public struct UnitDimensions: Sendable {
  let lexicon: UnitLexicon

  /// The dimensions of the units shipped with PlanLens.
  public static func standard() throws -> UnitDimensions {
    UnitDimensions(lexicon: try UnitLexicon(table: DataTable.load("units.tsv", in: .module)))
  }

  /// The dimension of `unit` (money, percentage, beds, years …); nil for a unit not in the table
  /// (a technical unit such as EFLOPS) and for no unit.
  public func dimension(of unit: String?) -> String? { lexicon.dimension(of: unit) }
}
