import CSV
import Foundation

/// RFC 4180 CSV written by CSV.swift into memory.
enum CSVText {
  /// `rows` as CSV lines, each ending in a line feed; empty fields are written empty.
  static func encode(_ rows: [[String]]) throws -> Data {
    try encode(rows.map { $0.map { $0.isEmpty ? nil : $0 } })
  }

  /// `rows` as CSV lines, each ending in a line feed. A nil field is written empty and an empty
  /// string as `""`, so PostgreSQL's `COPY … CSV` reads NULL and '' apart (pandas reads both as
  /// missing).
  static func encode(_ rows: [[String?]]) throws -> Data {
    guard !rows.isEmpty else { return Data() }
    let csv = try CSVWriter(stream: .toMemory())
    for row in rows {
      try csv.write(row: row.map { $0 ?? "" }, quotedAtIndex: { row[$0]?.isEmpty == true })
    }
    csv.stream.close()
    let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return data + Data("\n".utf8)
  }
}
