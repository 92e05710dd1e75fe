import ArgumentParser
import PlanLensStore

/// `planlens versions [--db FILE] [--min N] [--format text|csv|json|md]`.
struct VersionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "versions",
    abstract: "List lineages (versions of one plan) with their documents in version order.",
    discussion: """
      Documents of the same jurisdiction whose titles have the same stem (the title without draft markers such as （征求意见稿）, years and periods such as “十四五”) are versions of one plan. Within a lineage, earlier editions come first (by period), and within an edition the draft before the final text.

      Examples:
        planlens versions
        planlens versions --min 2 --format md
      """
  )

  @OptionGroup var database: DatabaseOptions

  @Option(name: .customLong("min"), help: "Only lineages with at least this many documents.")
  var minimum: Int = 1

  @Option(help: "Output format: text, csv, json or md.")
  var format: QueryFormat = .text

  func run() throws {
    let store = try database.openReadOnly()
    try StoreCommandFailure.reporting {
      StoreCommandFailure.print(
        try LineageList(store: store, minimumVersions: minimum).table().render(as: format.outputFormat))
    }
  }
}
