import ArgumentParser
import Foundation
import PlanLensCompare
import PlanLensModel
import PlanLensPipeline
import PlanLensReport
import PlanLensStore

/// `planlens report PATHS... --out DIR [--format md,html,json,csv]`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Compare plans across jurisdictions: indicators, themes, shared tasks, departments, timeline.",
    discussion: """
      Reads every plan in PATHS (files, or folders searched recursively for .txt, .docx, .doc, .wps, .odt, .html, .pdf and .ofd), extracts each, and writes the comparison into DIR: comparison.md (GitHub Markdown), comparison.html (one self-contained page with sortable tables, charts and the quote behind every figure), comparison.json (the contract described in docs/comparison-report.md) and csv/*.csv. Output is deterministic: the same plans give the same bytes.

      A file that cannot be read is reported as `error: FILE: problem; what to do` and the exit status is 1; documents in folders in formats PlanLens does not read (.rtf, .xls …) are named as `skipped: FILE: why` and the exit status is 2 unless a file failed.

      Examples:
        planlens report corpus --out reports
        planlens report --db planlens.sqlite --out reports
        planlens report corpus/*.txt --out /tmp/cmp --format html,json
      """
  )

  @Argument(help: "Plan files or folders (or none, with --db).")
  var paths: [String] = []

  @Option(help: "Compare the plans stored in this PlanLens database instead of (or as well as) files.")
  var db: String?

  @Option(help: "The folder to write the report into (created when missing).")
  var out: String

  @Option(help: "Comma-separated formats: md, html, json, csv.")
  var format: String = "md,html,json,csv"

  @Option(help: "The report's title.")
  var title: String = "PlanLens comparison"

  func run() throws {
    let formats = try ReportFormat.parse(format)
    let pipeline = try ExtractionPipeline()
    // Plans are independent: extract them on every core, keeping their order.
    let collection = FileCollector().collect(paths)
    let files = collection.files
    for skipped in collection.skipped { StandardError.print("skipped: \(skipped)") }
    let extractions = BlockingTask.run { await pipeline.extract(files: files) }
    var documents: [ExtractedDocument] = []
    var failed = 0
    if let db {
      do {
        let loader = DocumentLoader(store: try PlanStore.openReadOnly(path: db))
        documents += try loader.allIDs().map { try loader.load(id: $0) }
      } catch {
        StandardError.print("error: \(db): \(error)")
        throw ExitCode(1)
      }
    }
    for extraction in extractions {
      switch extraction.result {
      case .success(let extracted): documents.append(extracted.document)
      case .failure(let error):
        failed += 1
        StandardError.print("error: \(ErrorDescription.of(error, path: extraction.path))")
      }
    }
    guard !documents.isEmpty else {
      StandardError.print("error: no plan could be read from \(paths.joined(separator: " ")); nothing to compare")
      throw ExitCode(1)
    }
    let comparison = try ComparisonBuilder().compare(documents)
    let written = try ComparisonReportWriter().write(
      comparison, to: URL(fileURLWithPath: out), formats: formats, title: title)
    let skipped = collection.skipped.isEmpty ? "" : " (\(collection.skipped.count) skipped)"
    StandardError.print("wrote \(written.count) files for \(documents.count) plans into \(out)\(skipped)")
    if failed > 0 { throw ExitCode(1) }
    if !collection.skipped.isEmpty { throw ExitCode(2) }
  }
}
