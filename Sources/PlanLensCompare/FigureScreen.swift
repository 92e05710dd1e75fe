import PlanLensExtract
import PlanLensModel
import PlanLensText

/// Keeps figures that are not values out of the indicator matrix (`figure-screens.tsv`): a
/// relative deadline (5年内) and a number beyond what its dimension can hold (7000亿级).
public struct FigureScreen: Sendable {
  /// Why a figure is not compared.
  public enum Reason: String, Codable, Sendable, Hashable {
    case relativeDeadline, implausible
  }

  struct RelativeDeadline: Sendable {
    var closer: String
    var dimension: String
  }

  let relativeDeadlines: [RelativeDeadline]
  /// Dimension → the largest plausible value.
  let maxima: [String: Double]
  let units: UnitDimensions

  /// The table shipped with PlanLens.
  public static func standard() throws -> FigureScreen {
    let table = try DataTable.load("figure-screens.tsv", in: .module)
    var relative: [RelativeDeadline] = []
    var maxima: [String: Double] = [:]
    for (i, row) in table.rows.enumerated() {
      switch (row.first, row.count >= 3 ? Double(row[1]) : nil) {
      case ("relativeDeadline", _) where row.count >= 3 && !row[1].isEmpty && !row[2].isEmpty:
        relative.append(RelativeDeadline(closer: row[1], dimension: row[2]))
      case ("maximum", let limit?) where !row[2].isEmpty:
        maxima[row[2]] = limit
      default:
        throw DataTableError.badRow(
          table: table.name, row: i + 1, reason: "expected relativeDeadline or maximum, an argument, a dimension")
      }
    }
    return FigureScreen(relativeDeadlines: relative, maxima: maxima, units: try UnitDimensions.standard())
  }

  /// Why `quantity` is not shown as a value, or nil when it is one.
  public func reason(_ quantity: Quantity) -> Reason? {
    let dimension = units.dimension(of: quantity.unit)
    let quote = IndicatorCatalog.key(quantity.quote)
    if relativeDeadlines.contains(where: { $0.dimension == dimension && quote.contains($0.closer) }),
      quantity.comparator.isCeiling || quantity.comparator == .exactly
    {
      return .relativeDeadline
    }
    if let dimension, let limit = maxima[dimension], (quantity.valueMax ?? quantity.value) > limit {
      return .implausible
    }
    return nil
  }
}
