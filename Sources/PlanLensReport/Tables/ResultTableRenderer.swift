import Foundation
import PlanLensStore

extension ResultTable {
  /// The table as `format`: text (aligned columns, line breaks shown as spaces), csv (header row
  /// first), json (an array of objects with sorted keys), md (a Markdown table).
  public func render(as format: OutputFormat) throws -> String {
    switch format {
    case .text:
      let cells = rows.map { $0.map { $0.plain.replacingOccurrences(of: "\n", with: " ") } }
      return TextTable(header: columns, rows: cells, indent: "").render()
    case .csv:
      return String(decoding: try CSVText.encode([columns] + rows.map { $0.map(\.plain) }), as: UTF8.self)
    case .json:
      let objects = rows.map { ResultRowObject(columns: columns, cells: $0) }
      return String(decoding: try ExportEncoder(pretty: true).encode(objects), as: UTF8.self) + "\n"
    case .md:
      return MarkdownTable(header: columns, rows: rows.map { $0.map(\.plain) }).render()
    }
  }
}

/// One row of a ``PlanLensStore/ResultTable`` as a JSON object keyed by column name.
private struct ResultRowObject: Encodable {
  var columns: [String]
  var cells: [ResultCell]

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for (column, cell) in zip(columns, cells) {
      try container.encode(cell, forKey: Key(stringValue: column))
    }
  }
}
