import ArgumentParser
import PlanLensStore

/// `planlens show DOC [--db FILE] [--format text|csv|json|md]`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show the outline and extracted facts of one stored document.",
    discussion: """
      DOC is a document id (see `planlens list`), a sha256 prefix of at least 4 hex digits, or the source path as ingested.

      text: storage line, metadata, indented outline and tables of quantities, responsibilities and milestones. json: the export object of `planlens extract` rebuilt from the database. csv: one row per heading with its provision and fact counts. md: a Markdown page.

      Examples:
        planlens show 1
        planlens show d8d1de0d --format md
        planlens show corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt --format json
      """
  )

  @Argument(help: "Document id, sha256 prefix or source path.")
  var document: String

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format: text, csv, json or md.")
  var format: QueryFormat = .text

  func run() throws {
    let store = try database.openReadOnly()
    try StoreCommandFailure.reporting {
      StoreCommandFailure.print(try DocumentReport(store: store).render(document, as: format.outputFormat))
    }
  }
}
