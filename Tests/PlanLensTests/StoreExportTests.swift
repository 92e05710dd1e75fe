import CSV
import Foundation
import PlanLensIngest
import PlanLensPipeline
import PlanLensReport
import PlanLensStore
import Testing

/// `planlens export`: JSON Lines equal to `planlens extract`, and one CSV per table.
@Suite("Store: export")
struct StoreExportTests {
  @Test("export --format jsonl gives, per document, exactly the object `extract` gives")
  func jsonLines() throws {
    let store = try StoreTestSupport.corpusStore.get()
    var lines: [Data] = []
    let count = try StoreExporter(store: store).exportJSONLines { lines.append($0) }
    #expect(count == 5)
    #expect(lines.count == 5)
    for line in lines {
      #expect(line.last == UInt8(ascii: "\n"))
      let exported = try JSONSerialization.jsonObject(with: line) as? NSDictionary
      let path = (exported?["source"] as? [String: Any])?["path"] as? String ?? ""
      let extracted = try ExportEncoder(pretty: false).encode(
        TestSupport.pipeline.extract(try DocumentReader().read(path: path)))
      #expect(exported == (try JSONSerialization.jsonObject(with: extracted) as? NSDictionary), "\(path)")
    }
    let cli = try CommandLineTests.run(["export", "--format", "jsonl", "--db", store.path])
    #expect(cli.status == 0)
    #expect(cli.stdout.split(separator: "\n").count == 5)
  }

  @Test("export --format csv writes one file per table with a header and every row")
  func csvTables() throws {
    let store = try StoreTestSupport.corpusStore.get()
    let folder = try StoreTestSupport.temporaryFolder().appendingPathComponent("tables")
    let r = try CommandLineTests.run(["export", "--format", "csv", "--out", folder.path, "--db", store.path])
    #expect(r.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == PlanStore.tables.map { $0 + ".csv" }.sorted())
    let counts = try store.rowCounts()
    for table in PlanStore.tables {
      let text = try String(contentsOf: folder.appendingPathComponent(table + ".csv"), encoding: .utf8)
      let records = try Self.records(text)
      #expect(records.count == (counts[table] ?? -1) + 1, "\(table)")
      #expect(records.first?.first == "id")
    }
    let quantities = try Self.records(
      String(contentsOf: folder.appendingPathComponent("quantities.csv"), encoding: .utf8))
    let header = quantities.first ?? []
    #expect(header.contains("value_max") && header.contains("deadline_year") && header.contains("quote"))
    // NULL is an empty field, an empty string "" (unnumbered headings have the label ""), so
    // PostgreSQL's COPY tells them apart: h1 of the Qingdao opinions has label "" and no parent.
    let headings = try String(contentsOf: folder.appendingPathComponent("headings.csv"), encoding: .utf8)
    #expect(headings.contains(",h1,1,1,\"\",总体要求,,"))
    let missing = try CommandLineTests.run(["export", "--format", "csv", "--db", store.path])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--out"))
  }

  /// The records of a CSV text, read by CSV.swift (quoted line breaks stay inside their field).
  static func records(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    for row in try CSVReader(string: text) { records.append(row) }
    return records
  }
}
