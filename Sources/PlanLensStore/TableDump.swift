import Foundation
import GRDB

extension PlanStore {
  /// Streams every row of `table` (one of ``tables``) in id order: `header` gets the column
  /// names, then `batch` gets the rows a few hundred at a time (and once more with the rest,
  /// possibly none). Each value is text: numbers in full, NULL as nil, blobs in base64.
  public func dump(
    table: String, batchSize: Int = 500, header: ([String]) throws -> Void, batch: ([[String?]]) throws -> Void
  ) throws(StoreError) {
    try read { db in
      let columns = try db.columns(in: table).map(\.name)
      try header(columns)
      let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY id")
      var rows: [[String?]] = []
      while let row = try cursor.next() {
        rows.append(columns.map { Self.text(row[$0]) })
        if rows.count == batchSize {
          try batch(rows)
          rows.removeAll(keepingCapacity: true)
        }
      }
      try batch(rows)
    }
  }

  /// A column value as text: numbers in full, NULL as nil.
  private static func text(_ value: DatabaseValue) -> String? {
    switch value.storage {
    case .null: return nil
    case .int64(let i): return String(i)
    case .double(let d): return ResultCell.number(d).plain
    case .string(let s): return s
    case .blob(let data): return data.base64EncodedString()
    }
  }
}
