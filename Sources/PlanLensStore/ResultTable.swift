/// The rows a query returns, with named columns; `PlanLensReport` renders it as text, CSV, JSON
/// or Markdown.
public struct ResultTable: Sendable {
  /// Column names, snake_case: the header of CSV and Markdown, the keys of JSON.
  public var columns: [String]
  /// One array of cells per row, in column order.
  public var rows: [[ResultCell]]

  public init(columns: [String], rows: [[ResultCell]]) {
    self.columns = columns
    self.rows = rows
  }

  /// The cells of column `name` as printed, top to bottom; [] for an unknown column.
  public func values(_ name: String) -> [String] {
    guard let index = columns.firstIndex(of: name) else { return [] }
    return rows.map { index < $0.count ? $0[index].plain : "" }
  }
}
