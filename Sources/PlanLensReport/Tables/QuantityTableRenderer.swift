import CSV
import Foundation
import PlanLensModel
import PlanLensStore

/// Renders quantity rows as an aligned table for the terminal, CSV (RFC 4180, for pandas and R),
/// JSON (an array of objects) or a GitHub-flavoured Markdown table.
public struct QuantityTableRenderer: Sendable {
  public init() {}

  /// `rows` as `format`.
  public func render(_ rows: [QuantityRow], as format: OutputFormat) throws -> String {
    switch format {
    case .text:
      return try ResultTable(
        columns: ["jurisdiction", "indicator", "cmp", "value", "unit", "deadline", "kind", "quote"],
        rows: rows.map { r in
          [
            .optional(r.jurisdiction), .text(r.indicator), .text(r.comparator.rawValue),
            .text(ResultCell.number(r.value).plain + (r.valueMax.map { "–" + ResultCell.number($0).plain } ?? "")),
            .optional(r.unit), .optional(r.deadline), .text(r.kind.rawValue), .text(r.quote),
          ]
        }
      ).render(as: .text)
    case .csv:
      let csv = try CSVWriter(stream: .toMemory())
      try csv.write(row: QuantityRow.columns)
      for row in rows { try csv.write(row: row.fields) }
      csv.stream.close()
      let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
      return String(decoding: data, as: UTF8.self) + "\n"
    case .json:
      return String(decoding: try ExportEncoder(pretty: true).encode(rows), as: UTF8.self) + "\n"
    case .md:
      return MarkdownTable(
        header: ["jurisdiction", "indicator", "comparator", "value", "unit", "deadline", "kind", "quote"],
        rows: rows.map { r in
          [
            r.jurisdiction ?? "", r.indicator, r.comparator.rawValue,
            WholeNumber.range(r.value, r.valueMax), r.unit ?? "",
            r.deadline.map(String.init) ?? "", r.kind.rawValue, r.quote,
          ]
        }
      ).render()
    }
  }
}
