import ArgumentParser
import Foundation
import PlanLensCompare
import PlanLensModel
import PlanLensPipeline
import PlanLensReport
import PlanLensStore

/// `planlens report PATHS... --out DIR [--format md,html,json,csv,xlsx] [--excel-csv] [--db DB [--all-versions]]`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Compare plans across jurisdictions: indicators, themes, shared tasks, departments, timeline.",
    discussion: """
      Reads every plan in PATHS (files, or folders searched recursively for .txt, .docx, .doc, .wps, .odt, .html, .pdf and .ofd), extracts each, and writes the comparison into DIR: comparison.md (GitHub Markdown), comparison.html (one self-contained page with sortable tables, charts and the quote behind every figure), comparison.json (the contract described in docs/comparison-report.md), csv/*.csv and comparison.xlsx (one Excel workbook, a sheet per section, the rows of the CSVs). Output is deterministic: the same plans give the same bytes. With --excel-csv the CSVs start with a UTF-8 byte-order mark, which Excel needs to open them as UTF-8.

      With --db, the latest version of each plan (lineage) in the store is compared, and the report says which version it used; --all-versions compares every stored version (a draft beside its final text).

      While plans are extracted, a progress bar is drawn on standard error when it is a terminal.

      A file that cannot be read is reported as `error: FILE: problem; what to do` and the exit status is 1; documents in folders in formats PlanLens does not read (.rtf, .xls …) are named as `skipped: FILE: why` and the exit status is 2 unless a file failed.

      Examples:
        planlens report corpus --out reports
        planlens report --db planlens.sqlite --out reports
        planlens report corpus/*.txt --out /tmp/cmp --format html,json
        planlens report corpus --out /tmp/cmp --format xlsx,csv --excel-csv
      """
  )

  @Argument(help: "Plan files or folders (or none, with --db).")
  var paths: [String] = []

  @Option(help: "Compare the plans stored in this PlanLens database instead of (or as well as) files.")
  var db: String?

  @Option(help: "The folder to write the report into (created when missing).")
  var out: String

  @Option(help: "Comma-separated formats: md, html, json, csv, xlsx.")
  var format: String = "md,html,json,csv,xlsx"

  @Flag(help: "Start each CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8.")
  var excelCSV = false

  @Flag(help: "With --db, compare every stored version of each plan, not only the latest.")
  var allVersions = false

  @Option(help: "The report's title.")
  var title: String = "PlanLens comparison"

  func run() throws {
    let formats = try ReportFormat.parse(format)
    let pipeline = try ExtractionPipeline()
    // Plans are independent: extract them on every core, keeping their order.
    let collection = FileCollector().collect(paths)
    let files = collection.files
    for skipped in collection.skipped { StandardError.print("skipped: \(skipped)") }
    let bar = ExtractionProgressBar(total: files.count)
    let extractions = BlockingTask.run {
      var outcomes: [FileExtraction] = []
      await pipeline.extract(files: files) { extraction in
        if case .success = extraction.result { bar.advance(ok: true) } else { bar.advance(ok: false) }
        outcomes.append(extraction)
      }
      return outcomes
    }
    var documents: [ExtractedDocument] = []
    var versions: [DocumentVersion?] = []
    var failed = 0
    if let db {
      do {
        let loader = DocumentLoader(store: try PlanStore.openReadOnly(path: db))
        for id in try allVersions ? loader.allIDs() : loader.latestVersionIDs() {
          let document = try loader.load(id: id)
          let version = try loader.storage(id: id).map { DocumentVersion(order: $0.versionOrder, of: $0.versions) }
          documents.append(document)
          versions.append(version)
          if let version, version.of > 1 {
            StandardError.print("using \(document.source.path): \(version.description)")
          }
        }
      } catch {
        bar.finish()
        StandardError.print("error: \(db): \(error)")
        throw ExitCode(1)
      }
    }
    for extraction in extractions {
      switch extraction.result {
      case .success(let extracted):
        documents.append(extracted.document)
        versions.append(nil)
      case .failure(let error):
        failed += 1
        bar.finish()
        StandardError.print("error: \(ErrorDescription.of(error, path: extraction.path))")
      }
    }
    guard !documents.isEmpty else {
      StandardError.print("error: no plan could be read from \(paths.joined(separator: " ")); nothing to compare")
      throw ExitCode(1)
    }
    bar.phase("comparing \(documents.count) plans")
    let comparison = try ComparisonBuilder().compare(documents, versions: versions)
    bar.phase("writing the report")
    let written = try ComparisonReportWriter(excelCSV: excelCSV).write(
      comparison, to: URL(fileURLWithPath: out), formats: formats, title: title)
    bar.finish()
    let skipped = collection.skipped.isEmpty ? "" : " (\(collection.skipped.count) skipped)"
    StandardError.print("wrote \(written.count) files for \(documents.count) plans into \(out)\(skipped)")
    if failed > 0 { throw ExitCode(1) }
    if !collection.skipped.isEmpty { throw ExitCode(2) }
  }
}
