import PlanLensStore

/// Renders the hits of `planlens search`: two or three lines per hit for the terminal, else one
/// table row per hit (matching words in [brackets], **bold** in Markdown).
public struct SearchHitRenderer: Sendable {
  public init() {}

  /// The columns of the csv, json and md renderings.
  public static let columns = [
    "rank", "score", "jurisdiction", "document_id", "document", "heading_path", "provision", "snippet", "path",
  ]

  /// `hits` as `format`.
  public func render(_ hits: [SearchHit], as format: OutputFormat) throws -> String {
    if format == .text { return text(hits) }
    let marks = format == .md ? ("**", "**") : ("[", "]")
    let table = ResultTable(
      columns: Self.columns,
      rows: hits.map { hit in
        [
          .integer(Int64(hit.rank)), .number((hit.score * 1000).rounded() / 1000), .text(hit.jurisdiction),
          .integer(hit.documentID), .optional(hit.documentTitle), .text(hit.headingPath.joined(separator: " › ")),
          .text(hit.provision), .text(SnippetPart.render(hit.snippet, open: marks.0, close: marks.1)),
          .text(hit.sourcePath),
        ]
      })
    return try table.render(as: format)
  }

  /// Two or three lines per hit: rank, place and document; heading path; snippet.
  public func text(_ hits: [SearchHit]) -> String {
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
