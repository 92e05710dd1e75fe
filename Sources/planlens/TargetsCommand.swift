import ArgumentParser
import Foundation
import PlanLensIngest
import PlanLensKit
import PlanLensModel
import PlanLensStore

/// `planlens targets FILE... [filters] [--format text|csv|json|md]` or
/// `planlens targets --db FILE [filters] [--format …]`.
struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "targets",
    abstract: "List the quantities (targets, standards, baselines) of plan documents, one row each.",
    discussion: """
      One row per quantity: file, jurisdiction, indicator, comparator, value (and valueMax for a range), unit, deadline year, kind (target, standard, baseline), scope, heading, and the exact quote with its span in the source.

      With FILEs the documents are extracted now; with --db (and no FILE) the quantities come from the PlanLens database, sorted by jurisdiction. The filters work in both modes: --indicator keeps indicators containing the text, --jurisdiction keeps documents of a place or a place inside it (济宁市 keeps 兖州区 too; a name's start such as 济宁 works), --kind and --year (the deadline year) keep what they say.

      Examples:
        planlens targets corpus/*.txt --format csv > targets.csv
        planlens targets corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt --format md
        planlens targets --db planlens.sqlite --indicator 护理型床位 --kind target --format text
        planlens targets --db planlens.sqlite --jurisdiction 济宁市 --year 2025
      """
  )

  @Argument(help: "Plan documents to read (.txt, .docx, .html); none with --db.")
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
    if let db {
      let store = try StoreCommandFailure.reporting { try PlanStore.openReadOnly(path: db) }
      let query = QuantityQuery(indicator: indicator, jurisdiction: jurisdiction, kind: kind?.kind, year: year)
      let rows = try StoreCommandFailure.reporting { try query.rows(in: store) }
      StandardOutput.write(Data(try render(rows).utf8))
      return
    }
    let pipeline = try ExtractionPipeline()
    let reader = DocumentReader()
    var rows: [QuantityRow] = []
    var failed = 0
    for path in files {
      do {
        let document = try pipeline.extract(try reader.read(path: path))
        if let jurisdiction, !Self.lies(document.meta.jurisdiction, in: jurisdiction) { continue }
        rows += QuantityRow.rows(of: document).filter(matches)
      } catch {
        failed += 1
        StandardError.print("error: \(ErrorDescription.of(error, path: path))")
      }
    }
    StandardOutput.write(Data(try render(rows).utf8))
    if failed > 0 { throw ExitCode(1) }
  }

  /// Whether `row` passes --indicator, --kind and --year.
  private func matches(_ row: QuantityRow) -> Bool {
    if let indicator, !indicator.isEmpty, !row.indicator.contains(indicator) { return false }
    if let kind, row.kind != kind.rawValue { return false }
    if let year, row.deadline != year { return false }
    return true
  }

  /// Whether the place is `name` or lies inside it (a name's start matches too: 济宁 → 济宁市).
  static func lies(_ place: Jurisdiction, in name: String) -> Bool {
    [place.province, place.city, place.county].contains { $0?.hasPrefix(name) == true }
  }

  private func render(_ rows: [QuantityRow]) throws -> String {
    guard let tableFormat = format.tableFormat else {
      return try ResultTable(
        columns: ["jurisdiction", "indicator", "cmp", "value", "unit", "deadline", "kind", "quote"],
        rows: rows.map { r in
          [
            .optional(r.jurisdiction), .text(r.indicator), .text(r.comparator),
            .text(ResultCell.number(r.value).plain + (r.valueMax.map { "–" + ResultCell.number($0).plain } ?? "")),
            .optional(r.unit), .optional(r.deadline), .text(r.kind), .text(r.quote),
          ]
        }
      ).render(as: .text)
    }
    return try QuantityTableRenderer().render(rows, as: tableFormat)
  }
}

/// The table formats as a command-line option.
enum TableFormatOption: String, ExpressibleByArgument, CaseIterable {
  case csv, json, md, text

  /// The renderer's format; nil for text, which the command draws itself.
  var tableFormat: TableFormat? {
    switch self {
    case .csv: return .csv
    case .json: return .json
    case .md: return .md
    case .text: return nil
    }
  }
}
