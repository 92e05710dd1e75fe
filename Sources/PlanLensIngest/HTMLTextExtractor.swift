/// Draws the text of a web page: its `<title>` as the first line, then the main content
/// container's text (or the body's), one block per line.
///
/// Scripts, styles, `<noscript>`, `<head>` (except the title), comments, navigation and hidden
/// elements are dropped; block elements and `<br>` break lines; table cells are separated by
/// tabs; entities are decoded; runs of blank lines collapse to one.
public struct HTMLTextExtractor: Sendable {
  public init() {}

  /// The text of `html`, lines joined by "\n" and ending with one, or "" when there is none.
  public func extract(_ html: String) -> String {
    let tokens = HTMLTokenizer.tokens(of: html)
    let content = HTMLMainContentFinder().mainContent(of: tokens)
    var lines = HTMLLineBuilder.lines(of: tokens[content])
    if let title = Self.title(in: tokens), !title.isEmpty,
      lines.first(where: { !$0.isEmpty }) != title
    {
      lines.insert(title, at: 0)
    }
    var out: [String] = []
    for line in lines where !(line.isEmpty && (out.last?.isEmpty ?? true)) {
      out.append(line)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
  }

  /// Whether `text` starts like an HTML page (`<!DOCTYPE html`, `<html`), after whitespace.
  public static func looksLikeHTML(_ text: String) -> Bool {
    let start = String(text.unicodeScalars.drop { $0.properties.isWhitespace }.prefix(14)).lowercased()
    return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
  }

  /// The page title with whitespace collapsed.
  static func title(in tokens: [HTMLToken]) -> String? {
    guard
      let start = tokens.firstIndex(where: {
        if case .startTag(let t) = $0 { t.name == "title" } else { false }
      }), start + 1 < tokens.count, case .text(let text) = tokens[start + 1]
    else { return nil }
    let words = text.unicodeScalars.split { $0.properties.isWhitespace && $0.isASCII }
    return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
  }
}
