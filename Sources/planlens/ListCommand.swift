import ArgumentParser
import PlanLensStore

/// `planlens list [--db FILE] [--format text|csv|json|md]`.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the stored documents with jurisdiction, type, status, period, version and counts.",
    discussion: """
      One row per document, sorted by jurisdiction (pinyin order), then period. `version` is the document's place in its lineage (2/3: the second of three versions, see `planlens versions`).

      Examples:
        planlens list
        planlens list --format csv > documents.csv
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format: text, csv, json or md.")
  var format: QueryFormat = .text

  func run() throws {
    let store = try database.openReadOnly()
    try StoreCommandFailure.reporting {
      StoreCommandFailure.print(try DocumentList(store: store).table().render(as: format.outputFormat))
    }
  }
}
