import GRDB

/// The chain of headings from the top of a document down to one heading.
enum HeadingPath {
  /// Label and title of each heading from the top down to `heading` (included); [] for nil.
  static func labels(of heading: Int64?, in db: Database) throws -> [String] {
    guard let heading else { return [] }
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          WITH RECURSIVE up (id, parent_id, label, title, depth) AS (
            SELECT id, parent_id, label, title, 0 FROM headings WHERE id = ?
            UNION ALL
            SELECT h.id, h.parent_id, h.label, h.title, up.depth + 1
            FROM headings h JOIN up ON h.id = up.parent_id
            WHERE up.depth < 32
          )
          SELECT label, title FROM up ORDER BY depth DESC
          """),
      arguments: [heading])
    return rows.map { row in
      let label: String = row["label"]
      let title: String = row["title"]
      // 第三章 主要任务, but 一、总体要求 and （二）增加供给: a space only after a word.
      let spaced = label.last.map { $0.isLetter || $0.isNumber } ?? false
      return label + (spaced ? " " : "") + title
    }
  }
}
