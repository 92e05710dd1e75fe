import Foundation
import PlanLensKit

/// The rows a query command prints, with named columns, rendered in any ``OutputFormat``.
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

  /// The table as `format`: text (aligned columns), csv (header row first), json (an array of
  /// objects with sorted keys), md (a Markdown table).
  public func render(as format: OutputFormat) throws -> String {
    switch format {
    case .text:
      return renderText()
    case .csv:
      return String(decoding: try CSVText.encode([columns] + rows.map { $0.map(\.plain) }), as: UTF8.self)
    case .json:
      let objects = rows.map { JSONObject(columns: columns, cells: $0) }
      return String(decoding: try ExportEncoder(pretty: true).encode(objects), as: UTF8.self) + "\n"
    case .md:
      return MarkdownTable(header: columns, rows: rows.map { $0.map(\.plain) }).render()
    }
  }

  /// Columns padded to their widest cell, Han characters counting two; line breaks shown as spaces.
  func renderText() -> String {
    let all = [columns] + rows.map { $0.map { $0.plain.replacingOccurrences(of: "\n", with: " ") } }
    var widths = [Int](repeating: 0, count: columns.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
    }
    var out = ""
    for (n, row) in all.enumerated() {
      let cells = row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[i] - Self.width(cell)))
      }
      out += cells.joined(separator: "  ") + "\n"
      if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
    }
    return out
  }

  /// Display width: East Asian wide characters take two columns.
  static func width(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { total, u in
      switch u.value {
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD:
        return total + 2
      default:
        return total + 1
      }
    }
  }

  /// One row as a JSON object keyed by column name.
  private struct JSONObject: Encodable {
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
}
