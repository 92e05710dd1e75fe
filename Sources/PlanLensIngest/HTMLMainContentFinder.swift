/// Picks the part of a page that holds the document: the element whose id or class names a
/// content container (TRS_Editor, Custom_UnionStyle, zoom, article, content), else the body.
struct HTMLMainContentFinder: Sendable {
  /// Substrings of id/class that mark the article body itself on government CMS pages
  /// (compared case-insensitively).
  static let bodyKeywords = ["trs_editor", "custom_unionstyle", "zoom"]
  /// Substrings of id/class that mark a container which may also hold page furniture.
  static let containerKeywords = ["article", "content"]
  /// Elements that can be a content container.
  static let containers: Set<String> = ["div", "td", "section", "article", "main", "span", "font"]

  /// The token range of the main content: the largest article-body container (TRS_Editor,
  /// Custom_UnionStyle, zoom) when it holds at least a quarter of the body's text; else, among
  /// article/content containers, the smallest one that still holds 80% of the largest one's
  /// text (which trims page furniture around the article), under the same quarter rule; else
  /// the body.
  func mainContent(of tokens: [HTMLToken]) -> Range<Int> {
    let body = bodyRange(of: tokens)
    let bodyLength = Self.textLength(tokens[body])
    var candidates: [(range: Range<Int>, length: Int, isArticleBody: Bool)] = []
    for index in body {
      guard case .startTag(let tag) = tokens[index], let kind = Self.containerKind(tag) else {
        continue
      }
      let range = (index + 1)..<Self.end(of: tag.name, from: index, in: tokens, limit: body.upperBound)
      candidates.append((range, Self.textLength(tokens[range]), kind))
    }
    if let best = candidates.filter(\.isArticleBody).max(by: { $0.length < $1.length }),
      best.length > 0, best.length * 4 >= bodyLength
    {
      return best.range
    }
    guard let largest = candidates.map(\.length).max(), largest > 0, largest * 4 >= bodyLength
    else { return body }
    let chosen = candidates.filter { $0.length * 5 >= largest * 4 }.min { $0.length < $1.length }
    return chosen?.range ?? body
  }

  /// Between `<body>` and `</body>`; the whole page when it has no body tag.
  func bodyRange(of tokens: [HTMLToken]) -> Range<Int> {
    guard let start = tokens.firstIndex(where: { if case .startTag(let t) = $0 { t.name == "body" } else { false } })
    else { return 0..<tokens.count }
    let end = tokens.lastIndex(where: { if case .endTag(let n) = $0 { n == "body" } else { false } }) ?? tokens.count
    return (start + 1)..<max(start + 1, end)
  }

  /// Whether `tag` is a content container: true for an article-body one, false for a generic
  /// one, nil when it is neither.
  private static func containerKind(_ tag: HTMLTag) -> Bool? {
    guard containers.contains(tag.name), !tag.selfClosing, !HTMLLineBuilder.isHidden(tag) else {
      return nil
    }
    let names = ((tag[attribute: "id"] ?? "") + " " + (tag[attribute: "class"] ?? "")).lowercased()
    if bodyKeywords.contains(where: { names.contains($0) }) { return true }
    if tag.name == "article" || containerKeywords.contains(where: { names.contains($0) }) {
      return false
    }
    return nil
  }

  /// The index of the end tag matching the start tag `name` at `start` (nesting counted), or
  /// `limit` when it is never closed.
  private static func end(of name: String, from start: Int, in tokens: [HTMLToken], limit: Int) -> Int {
    var depth = 0
    for index in start..<limit {
      switch tokens[index] {
      case .startTag(let tag) where tag.name == name && !tag.selfClosing:
        depth += 1
      case .endTag(let n) where n == name:
        depth -= 1
        if depth == 0 { return index }
      default:
        break
      }
    }
    return limit
  }

  /// Visible non-whitespace characters in `tokens`.
  static func textLength(_ tokens: ArraySlice<HTMLToken>) -> Int {
    HTMLLineBuilder.lines(of: tokens).reduce(0) { sum, line in
      sum + line.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }
  }
}
