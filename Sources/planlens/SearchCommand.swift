import ArgumentParser
import Foundation
import PlanLensReport
import PlanLensStore

/// `planlens search QUERY [--db FILE] [--limit N] [--format text|csv|json|md]`.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find stored provisions by their words, best first (FTS5, bm25).",
    discussion: """
      The query is cut into words with ICU's Chinese dictionary, like the stored provisions. Provisions holding the words in a row come first, ranked by bm25; then, up to --limit, provisions holding all the words apart. Each hit names its jurisdiction, document, heading path and a snippet with the matching words in [brackets] (**bold** in md).

      Examples:
        planlens search 护理型床位
        planlens search 家庭养老床位 --limit 5 --format md
        planlens search 特困人员 --format json > hits.json
      """
  )

  @Argument(help: "Words to look for, e.g. 护理型床位.")
  var query: String

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Most hits to show.")
  var limit: Int = 10

  @Option(help: "Output format: text, csv, json or md.")
  var format: QueryFormat = .text

  func run() throws {
    let store = try database.openReadOnly()
    let hits = try StoreCommandFailure.reporting { try ProvisionSearch(store: store).search(query, limit: limit) }
    try StoreCommandFailure.reporting {
      StoreCommandFailure.print(try SearchHitRenderer().render(hits, as: format.outputFormat))
    }
  }
}
