import ArgumentParser
import Foundation
import PlanLensReport
import PlanLensStore

/// `planlens export --format jsonl|csv [--out DIR] [--db FILE]`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the whole database as JSON Lines or as one CSV file per table.",
    discussion: """
      --format jsonl prints one document per line on stdout, each the export object of `planlens extract --format json` (see docs/json-export.md), rebuilt from the database.

      --format csv writes TABLE.csv for each table (jurisdictions, lineages, documents, headings, provisions, quantities, departments, responsibilities, responsibility_departments, milestones) into --out, with a header row of column names; ids and foreign keys join them in pandas, R, DuckDB or Spark.

      Examples:
        planlens export --format jsonl > plans.jsonl
        planlens export --format csv --out tables/
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
  }

  @Option(help: "jsonl (one document per line on stdout) or csv (one file per table).")
  var format: Format = .jsonl

  @Option(help: "Folder for the CSV files (created when missing).")
  var out: String?

  @OptionGroup var database: DatabaseOptions

  func validate() throws {
    if format == .csv, out == nil { throw ValidationError("--format csv needs --out DIR for its files") }
  }

  func run() throws {
    let store = try database.openReadOnly()
    let exporter = StoreExporter(store: store)
    try StoreCommandFailure.reporting {
      switch format {
      case .jsonl:
        try exporter.exportJSONLines { StandardOutput.write($0) }
      case .csv:
        let files = try exporter.exportCSV(to: out ?? ".")
        StandardError.print("wrote \(files.count) tables to \(out ?? ".")")
      }
    }
  }
}
