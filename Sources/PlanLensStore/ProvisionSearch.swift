import GRDB

/// Full-text search over stored provisions (FTS5, bm25).
///
/// The query is cut into ICU words like the stored text. Provisions holding the words in a row
/// (the phrase 护理 型 床位) come first, ranked by bm25; if there are fewer than `limit` of them,
/// provisions holding all the words apart follow, also by bm25.
public struct ProvisionSearch: Sendable {
  /// The database searched.
  public let store: PlanStore
  let segmenter = SearchSegmenter()

  public init(store: PlanStore) {
    self.store = store
  }

  /// The best `limit` provisions for `query`.
  public func search(_ query: String, limit: Int = 10) throws(StoreError) -> [SearchHit] {
    let terms: [String]
    do {
      terms = try segmenter.words(in: query).map(\.text)
    } catch {
      throw .emptyQuery(query: query)
    }
    guard !terms.isEmpty else { throw .emptyQuery(query: query) }
    let quoted = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    let phrase = "\"" + terms.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: " ") + "\""
    let allWords = quoted.joined(separator: " AND ")
    let limit = max(1, limit)
    return try store.read { db in
      var found = try Self.matches(phrase, limit: limit, in: db).map { ($0.id, $0.score, true) }
      if found.count < limit, terms.count > 1 {
        let seen = Set(found.map(\.0))
        let more = try Self.matches(allWords, limit: limit + found.count, in: db)
          .filter { !seen.contains($0.id) }.prefix(limit - found.count)
        found += more.map { ($0.id, $0.score, false) }
      }
      return try found.enumerated().map { index, match in
        try hit(provision: match.0, score: match.1, exact: match.2, rank: index + 1, terms: terms, in: db)
      }
    }
  }

  /// Provision ids matching an FTS5 expression, best first.
  private static func matches(_ expression: String, limit: Int, in db: Database) throws -> [(id: Int64, score: Double)]
  {
    try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT rowid, rank FROM provision_search WHERE provision_search MATCH ? ORDER BY rank LIMIT ?"),
      arguments: [expression, limit]
    ).map { ($0[0], $0[1]) }
  }

  private func hit(
    provision id: Int64, score: Double, exact: Bool, rank: Int, terms: [String], in db: Database
  ) throws -> SearchHit {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT p.provision_key, p.text, p.heading_id, p.span_start, p.span_end, d.id AS document_id,
              d.title, d.source_path, d.jurisdiction_id
            FROM provisions p JOIN documents d ON d.id = p.document_id
            WHERE p.id = ?
            """),
        arguments: [id])
    else { throw DatabaseError(message: "provision \(id) is in the search index but not stored") }
    let jurisdiction = try JurisdictionRecorder.jurisdiction(id: row["jurisdiction_id"], in: db)
    let text: String = row["text"]
    return SearchHit(
      rank: rank, score: score, exactPhrase: exact, documentID: row["document_id"], documentTitle: row["title"],
      sourcePath: row["source_path"], jurisdiction: jurisdiction.displayName,
      headingPath: try HeadingPath.labels(of: row["heading_id"], in: db), provision: row["provision_key"],
      snippet: try SnippetBuilder(segmenter: segmenter).snippet(of: text, terms: terms, phrase: exact),
      spanStart: row["span_start"], spanEnd: row["span_end"])
  }
}
