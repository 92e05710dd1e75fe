import Foundation
import PlanLensStore

/// `planlens export`: the whole store as JSON Lines (one export object per document, the
/// contract of `planlens extract --format json`) or as one CSV file per table.
///
/// Both stream: one document, or a few hundred rows, in memory at a time.
public struct StoreExporter: Sendable {
  public let store: PlanStore

  public init(store: PlanStore) {
    self.store = store
  }

  /// Writes each stored document, in order of ingestion, as one compact JSON line to `write`.
  /// Returns the number of documents.
  @discardableResult
  public func exportJSONLines(to write: (Data) -> Void) throws(StoreError) -> Int {
    let loader = DocumentLoader(store: store)
    let encoder = ExportEncoder(pretty: false)
    let ids = try loader.allIDs()
    for id in ids {
      let document = try loader.load(id: id)
      do {
        write(try encoder.encode(document) + Data("\n".utf8))
      } catch {
        throw .database(path: store.path, reason: "cannot encode document \(id): \(error)")
      }
    }
    return ids.count
  }

  /// Writes `TABLE.csv` into `folder` (created when missing) for each table of the portable
  /// schema: a header row of column names, then every row in id order; NULL is an empty field, an
  /// empty string `""`. Returns the files written.
  @discardableResult
  public func exportCSV(to folder: String) throws(StoreError) -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: folder, reason: error.localizedDescription)
    }
    var written: [String] = []
    for table in PlanStore.tables {
      let path = (folder as NSString).appendingPathComponent(table + ".csv")
      guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
      else { throw .cannotWrite(path: path, reason: "cannot create the file") }
      defer { try? handle.close() }
      try store.dump(table: table) { columns in
        try handle.write(contentsOf: CSVText.encode([columns]))
      } batch: { rows in
        try handle.write(contentsOf: CSVText.encode(rows))
      }
      written.append(path)
    }
    return written
  }
}
