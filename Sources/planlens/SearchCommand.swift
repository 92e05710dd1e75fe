import ArgumentParser
import Foundation
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
    if format == .text {
      StoreCommandFailure.print(Self.text(hits))
      return
    }
    let marks = format == .md ? ("**", "**") : ("[", "]")
    let table = ResultTable(
      columns: [
        "rank", "score", "jurisdiction", "document_id", "document", "heading_path", "provision", "snippet", "path",
      ],
      rows: hits.map { hit in
        [
          .integer(Int64(hit.rank)), .number((hit.score * 1000).rounded() / 1000), .text(hit.jurisdiction),
          .integer(hit.documentID), .optional(hit.documentTitle), .text(hit.headingPath.joined(separator: " › ")),
          .text(hit.provision), .text(SnippetPart.render(hit.snippet, open: marks.0, close: marks.1)),
          .text(hit.sourcePath),
        ]
      })
    try StoreCommandFailure.reporting { StoreCommandFailure.print(try table.render(as: format.outputFormat)) }
  }

  /// Two or three lines per hit: rank, place and document; heading path; snippet.
  static func text(_ hits: [SearchHit]) -> String {
    if hits.isEmpty { return "no provision matches\n" }
    var out = ""
    for hit in hits {
      out += "\(hit.rank). \(hit.jurisdiction.isEmpty ? "(place unknown)" : hit.jurisdiction) · "
      out += "\(hit.documentTitle ?? hit.sourcePath)  [document \(hit.documentID), \(hit.provision)]\n"
      if !hit.headingPath.isEmpty { out += "   \(hit.headingPath.joined(separator: " › "))\n" }
      out += "   \(SnippetPart.render(hit.snippet))\n"
    }
    return out
  }
}
