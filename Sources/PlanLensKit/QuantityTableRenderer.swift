import CSV
import Foundation
import PlanLensModel

/// Renders quantity rows as CSV (RFC 4180, for pandas and R), JSON (an array of objects) or a
/// GitHub-flavoured Markdown table.
public struct QuantityTableRenderer: Sendable {
  public init() {}

  public func render(_ rows: [QuantityRow], as format: TableFormat) throws -> String {
    switch format {
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
            r.jurisdiction ?? "", r.indicator, r.comparator,
            WholeNumber.range(r.value, r.valueMax), r.unit ?? "",
            r.deadline.map(String.init) ?? "", r.kind, r.quote,
          ]
        }
      ).render()
    }
  }
}
