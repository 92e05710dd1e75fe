/// One piece of an HTML page as ``HTMLTokenizer`` sees it.
enum HTMLToken: Equatable, Sendable {
  /// Character data with entities decoded and whitespace as in the source.
  case text(String)
  /// The content of a raw-text element (script, style, …), never shown as text.
  case rawText(String)
  case startTag(HTMLTag)
  /// An end tag's lower-case name.
  case endTag(String)
  /// A comment, doctype, processing instruction or other `<!…>` / `<?…>` markup.
  case markup
}
