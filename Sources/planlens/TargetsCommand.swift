import ArgumentParser
import Foundation
import PlanLensIngest
import PlanLensKit

/// `planlens targets FILE... [--format csv|json|md]`.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "List the quantities (targets, standards, baselines) of plan documents, one row each.",
    discussion: """
      One row per quantity: file, jurisdiction, indicator, comparator, value (and valueMax for a range), unit, deadline year, kind (target, standard, baseline), scope, heading, and the exact quote with its span in the source.

      Examples:
        planlens targets corpus/*.txt --format csv > targets.csv
        planlens targets corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt --format md
      """
  )

  @Argument(help: "Plan documents to read (.txt, .docx, .html).")
  var files: [String]

  @Option(help: "Output format: csv, json or md (a Markdown table).")
  var format: TableFormatOption = .csv

  func run() throws {
    let pipeline = try ExtractionPipeline()
    let reader = DocumentReader()
    var rows: [QuantityRow] = []
    var failed = 0
    for path in files {
      do {
        rows += QuantityRow.rows(of: try pipeline.extract(try reader.read(path: path)))
      } catch {
        failed += 1
        StandardError.print("error: \(ErrorDescription.of(error, path: path))")
      }
    }
    StandardOutput.write(Data(try QuantityTableRenderer().render(rows, as: format.tableFormat).utf8))
    if failed > 0 { throw ExitCode(1) }
  }
}

/// The table formats as a command-line option.
enum TableFormatOption: String, ExpressibleByArgument, CaseIterable {
  case csv, json, md

  var tableFormat: TableFormat {
    switch self {
    case .csv: return .csv
    case .json: return .json
    case .md: return .md
    }
  }
}
