import CSV
import Foundation
import PlanLensCompare
import PlanLensReport
import Testing

/// The comparison's spreadsheets (Excel workbook, CSVs for Excel) and `report --db`'s versions.
@Suite("Comparison exports")
struct ComparisonExportTests {
  /// Debian's Python, where `apt-get install python3-openpyxl` puts openpyxl (.ci/run installs it).
  static let python = URL(fileURLWithPath: "/usr/bin/python3")

  static func temporaryFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Every sheet of the workbook as rows of text, read by openpyxl: numbers as the CSVs print them.
  static func sheets(of workbook: URL) throws -> [String: [[String]]] {
    let script = """
      import json, sys, openpyxl
      book = openpyxl.load_workbook(sys.argv[1], read_only=True)
      def text(v):
          if v is None: return ""
          if isinstance(v, float): return str(int(v)) if v.is_integer() else repr(v)
          return str(v)
      out = {ws.title: [[text(c) for c in row] for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}
      print(json.dumps(out, ensure_ascii=False))
      """
    let run = try CommandLineTests.run(Self.python, ["-c", script, workbook.path], in: TestSupport.packageRoot)
    #expect(run.status == 0, "openpyxl could not read the workbook: \(run.stderr)")
    return try JSONDecoder().decode([String: [[String]]].self, from: Data(run.stdout.utf8))
  }

  /// The rows of a CSV file, header first.
  static func rows(ofCSV url: URL) throws -> [[String]] {
    let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8))
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    return rows
  }

  @Test("the .xlsx opens with openpyxl and holds a sheet per section with the CSVs' rows")
  func workbookHoldsTheCSVRows() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let written = try ComparisonReportWriter().write(
      try ComparisonReportTests.comparison(), to: dir, formats: [.csv, .xlsx], title: "t")
    #expect(written.contains("comparison.xlsx"))
    let sheets = try Self.sheets(of: dir.appendingPathComponent("comparison.xlsx"))
    let csvNames = written.filter { $0.hasPrefix("csv/") }
    #expect(Set(sheets.keys) == Set(csvNames.map { String($0.dropFirst(4).dropLast(4)) }))
    for name in csvNames {
      let sheet = String(name.dropFirst(4).dropLast(4))
      let expected = try Self.rows(ofCSV: dir.appendingPathComponent(name))
      let actual = sheets[sheet] ?? []
      #expect(actual.count == expected.count, "sheet \(sheet) has \(actual.count) rows, \(name) \(expected.count)")
      // A number is the same number (0.800 in the CSV is 0.8 in the sheet); text is the same text.
      for (got, want) in zip(actual, expected) {
        let same =
          got.count == want.count
          && zip(got, want).allSatisfy { a, b in a == b || (Double(a) != nil && Double(a) == Double(b)) }
        #expect(same, "sheet \(sheet): \(got) != \(want)")
      }
    }
    #expect((sheets["indicators"]?.count ?? 0) > 1, "the indicator sheet has rows")
  }

  @Test("--excel-csv writes CSVs with a UTF-8 byte-order mark; the default does not")
  func excelCSVHasByteOrderMark() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let c = try ComparisonReportTests.comparison()
    try ComparisonReportWriter(excelCSV: true).write(
      c, to: dir.appendingPathComponent("excel"), formats: [.csv], title: "t")
    try ComparisonReportWriter().write(c, to: dir.appendingPathComponent("plain"), formats: [.csv], title: "t")
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let excel = try Data(contentsOf: dir.appendingPathComponent("excel/csv/indicators.csv"))
    let plain = try Data(contentsOf: dir.appendingPathComponent("plain/csv/indicators.csv"))
    #expect(Array(excel.prefix(3)) == bom)
    #expect(Array(plain.prefix(3)) != bom)
    #expect(excel.dropFirst(3) == plain)
  }

  @Test("the same comparison gives the same workbook bytes")
  func workbookIsReproducible() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let c = try ComparisonReportTests.comparison()
    try ComparisonReportWriter().write(c, to: dir.appendingPathComponent("a"), formats: [.xlsx], title: "t")
    try ComparisonReportWriter().write(c, to: dir.appendingPathComponent("b"), formats: [.xlsx], title: "t")
    let a = try Data(contentsOf: dir.appendingPathComponent("a/comparison.xlsx"))
    let b = try Data(contentsOf: dir.appendingPathComponent("b/comparison.xlsx"))
    #expect(!a.isEmpty && a == b)
  }

  @Test("report --db compares the latest version of each plan and says which; --all-versions compares every one")
  func reportUsesLatestVersions() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("store.sqlite").path
    let ingest = try CommandLineTests.run([
      "ingest", "corpus", "reports/diff-example/jining-action-plan-draft.txt", "--db", db,
    ])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let latest = try CommandLineTests.run([
      "report", "--db", db, "--out", dir.appendingPathComponent("latest").path, "--format", "json",
    ])
    #expect(latest.status == 0, "\(latest.stderr)")
    #expect(latest.stderr.contains("version 2 of 2"), "\(latest.stderr)")
    #expect(!latest.stderr.contains("\r"), "no progress bar when standard error is not a terminal")
    let all = try CommandLineTests.run(
      ["report", "--db", db, "--all-versions", "--out", dir.appendingPathComponent("all").path, "--format", "json"])
    #expect(all.status == 0, "\(all.stderr)")
    struct Report: Decodable {
      struct Document: Decodable {
        struct Version: Decodable { var order: Int, of: Int }
        var id: String
        var version: Version?
      }
      var documents: [Document]
    }
    let read = { (name: String) in
      try JSONDecoder().decode(
        Report.self, from: Data(contentsOf: dir.appendingPathComponent(name).appendingPathComponent("comparison.json")))
    }
    let latestReport = try read("latest")
    let allReport = try read("all")
    #expect(latestReport.documents.count == 5)
    #expect(allReport.documents.count == 6)
    #expect(latestReport.documents.contains { $0.version?.order == 2 && $0.version?.of == 2 })
    #expect(!latestReport.documents.contains { $0.id == "jining-action-plan-draft" })
    #expect(allReport.documents.filter { $0.version?.of == 2 }.count == 2)
  }
}
