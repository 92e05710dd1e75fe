import CSV
import Foundation
import PlanLensPipeline
import PlanLensReport
import PlanLensStore
import Testing

@testable import PlanLensIngest

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

/// A paged source keeps its pages in the store: `show` and `export` cite them as `extract` does.
@Suite("Store: pages of a PDF")
struct StorePagesTests {
  @Test(
    "a stored PDF exports the page map and every span's page, as extract gives them",
    .enabled(if: PDFTextExtractor().isAvailable))
  func pagesSurvive() throws {
    let pages = [
      ["某某县养老服务行动方案", "一、主要目标", "到2030年，全县护理型床位占比达到60%。"],
      ["二、重点任务", "新建社区养老服务站12处。"],
    ]
    let path = try IngestTestSupport.write(TestPDF.make(pages: pages, unicode: true), named: "paged.pdf")
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    try StoreTestSupport.ingest([path], into: store)
    var lines: [Data] = []
    _ = try StoreExporter(store: store).exportJSONLines { lines.append($0) }
    let extracted = try TestSupport.pipeline.extract(try DocumentReader().read(path: path))
    let exported = try #require(lines.first)
    #expect(
      (try JSONSerialization.jsonObject(with: exported) as? NSDictionary)
        == (try JSONSerialization.jsonObject(with: try ExportEncoder(pretty: false).encode(extracted)) as? NSDictionary)
    )
    #expect(extracted.pages?.count == 2)
    #expect(extracted.quantities.map(\.span.page) == [1, 2])
  }
}
