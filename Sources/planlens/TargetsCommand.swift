import ArgumentParser
import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensReport
import PlanLensStore

/// `planlens targets FILE... [filters] [--format text|csv|json|md]` or
/// `planlens targets --db FILE [filters] [--format …]`.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "List the quantities (targets, standards, baselines) of plan documents, one row each.",
    discussion: """
      One row per quantity: file, jurisdiction, indicator, comparator, value (and valueMax for a range), unit, deadline year, kind (target, standard, baseline), scope, heading, and the exact quote with its span in the source.

      With FILEs (or folders, searched recursively for .txt, .docx, .doc, .wps, .odt, .html, .pdf and .ofd) the documents are extracted now; documents in folders in formats PlanLens does not read are named as `skipped: FILE: why` and the exit status is 2 unless a file failed; with --db (and no FILE) the quantities come from the PlanLens database, sorted by jurisdiction. The filters work in both modes: --indicator keeps indicators containing the text, --jurisdiction keeps documents of a place or a place inside it (济宁市 keeps 兖州区 too; a name's start such as 济宁 works), --kind and --year (the deadline year) keep what they say.

      Examples:
        planlens targets corpus/*.txt --format csv > targets.csv
        planlens targets corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt --format md
        planlens targets --db planlens.sqlite --indicator 护理型床位 --kind target --format text
        planlens targets --db planlens.sqlite --jurisdiction 济宁市 --year 2025
      """
  )

  @Argument(help: "Plan documents (.txt, .docx, .doc, .wps, .odt, .html, .pdf, .ofd) or folders; none with --db.")
  var files: [String] = []

  @Option(help: "Read quantities from this PlanLens database instead of files.")
  var db: String?

  @Option(help: "Only indicators containing this text, e.g. 护理型床位.")
  var indicator: String?

  @Option(help: "Only documents of this place or a place inside it, e.g. 济宁市.")
  var jurisdiction: String?

  @Option(help: "Only this kind: target, standard or baseline.")
  var kind: QuantityKindOption?

  @Option(help: "Only quantities with this deadline year.")
  var year: Int?

  @Option(help: "Output format: csv, json, md (a Markdown table) or text.")
  var format: TableFormatOption = .csv

  func validate() throws {
    if files.isEmpty, db == nil { throw ValidationError("give plan documents, or --db FILE to query a database") }
    if !files.isEmpty, db != nil { throw ValidationError("give either plan documents or --db, not both") }
  }

  func run() throws {
    let filter = QuantityFilter(indicator: indicator, jurisdiction: jurisdiction, kind: kind?.kind, year: year)
    if let db {
      let store = try StoreCommandFailure.reporting { try PlanStore.openReadOnly(path: db) }
      let rows = try StoreCommandFailure.reporting { try QuantityQuery(filter).rows(in: store) }
      StandardOutput.write(Data(try render(rows).utf8))
      return
    }
    let pipeline = try ExtractionPipeline()
    let collection = FileCollector().collect(files)
    for skipped in collection.skipped { StandardError.print("skipped: \(skipped)") }
    let (rows, failed) = BlockingTask.run { [files = collection.files] in
      var rows: [QuantityRow] = []
      var failed = 0
      await pipeline.extract(files: files) { extraction in
        do {
          rows += QuantityRow.rows(of: filter.applied(to: try extraction.result.get().document))
        } catch {
          failed += 1
          StandardError.print("error: \(ErrorDescription.of(error, path: extraction.path))")
        }
      }
      return (rows, failed)
    }
    StandardOutput.write(Data(try render(rows).utf8))
    if failed > 0 { throw ExitCode(1) }
    if !collection.skipped.isEmpty { throw ExitCode(2) }
  }

  private func render(_ rows: [QuantityRow]) throws -> String {
    try QuantityTableRenderer().render(rows, as: format.outputFormat)
  }
}

/// The table formats as a command-line option.
enum TableFormatOption: String, ExpressibleByArgument, CaseIterable {
  case csv, json, md, text

  var outputFormat: OutputFormat {
    switch self {
    case .csv: return .csv
    case .json: return .json
    case .md: return .md
    case .text: return .text
    }
  }
}
