/// One provision found by `planlens search`, best first.
public struct SearchHit: Codable, Hashable, Sendable {
  /// 1 for the best hit.
  public var rank: Int
  /// FTS5's bm25 score; lower is better.
  public var score: Double
  /// Whether the provision holds the query's words in a row (else all of them, apart).
  public var exactPhrase: Bool
  /// The stored document: its id, title and path as ingested.
  public var documentID: Int64
  public var documentTitle: String?
  public var sourcePath: String
  /// Province, city and county, e.g. "山东省 济宁市 兖州区".
  public var jurisdiction: String
  /// Label and title of each heading from the top down to the provision, e.g. ["二、重点任务", "（一）…"].
  public var headingPath: [String]
  /// The provision's export id ("p12").
  public var provision: String
  /// About 90 characters of the provision around its first match.
  public var snippet: [SnippetPart]
  /// Where the provision stands in the document's source text.
  public var spanStart: Int
  public var spanEnd: Int
}
