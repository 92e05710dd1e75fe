import Mustache

/// Mustache escaping for Markdown: every character Markdown could read as markup gets a
/// backslash, so document text never turns into emphasis, links, HTML or table cells.
struct MarkdownContentType: MustacheContentType {
  static let name = "MARKDOWN"
  private static let special: Set<Character> = ["\\", "`", "*", "_", "~", "[", "]", "<", ">", "|", "#", "!"]

  func escapeText(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      if Self.special.contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
