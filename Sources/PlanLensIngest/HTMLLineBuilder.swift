/// Lays out a run of HTML tokens as lines of text, the way a browser would break them:
/// block elements and `<br>` end lines, table cells are separated by tabs, whitespace
/// collapses (except in `<pre>`), and scripts, styles, navigation and hidden elements vanish.
struct HTMLLineBuilder: Sendable {
  /// Elements without content or end tag.
  static let voidElements: Set<String> = [
    "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
  ]

  /// Elements dropped with everything inside them.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "iframe", "noembed", "noframes", "xmp", "textarea", "title",
    "template", "select", "button", "svg", "math", "object", "head", "nav",
  ]

  /// Elements that start and end a line.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
  ]

  private(set) var lines: [String] = []
  private var current = String.UnicodeScalarView()
  private var pendingSpace = false
  private var preDepth = 0
  /// The element being skipped and how deep inside it the walk is.
  private var skipping: (name: String, depth: Int)?

  /// The lines of `tokens`: trimmed, blank only where the page has an empty block such as
  /// `<p>&nbsp;</p>` or consecutive `<br>`s.
  static func lines(of tokens: ArraySlice<HTMLToken>) -> [String] {
    var builder = HTMLLineBuilder()
    for token in tokens { builder.add(token) }
    builder.endLine()
    return builder.lines
  }

  /// Whether `tag` hides its content: `hidden`, `display:none` or `visibility:hidden`.
  static func isHidden(_ tag: HTMLTag) -> Bool {
    if tag[attribute: "hidden"] != nil { return true }
    guard let style = tag[attribute: "style"] else { return false }
    let compact = String(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  private mutating func add(_ token: HTMLToken) {
    if let skip = skipping {
      switch token {
      case .startTag(let tag) where tag.name == skip.name && !tag.selfClosing:
        skipping = (skip.name, skip.depth + 1)
      case .endTag(let name) where name == skip.name:
        skipping = skip.depth <= 1 ? nil : (skip.name, skip.depth - 1)
      case .startTag(let tag) where skip.name == "head" && tag.name == "body":
        skipping = nil  // a <head> left open ends at <body>
      default:
        break
      }
      return
    }
    switch token {
    case .text(let text):
      append(text)
    case .rawText, .markup:
      break
    case .startTag(let tag):
      start(tag)
    case .endTag(let name):
      if name == "br" {
        forceLine()
      } else if Self.blockElements.contains(name) {
        endLine()
      }
      if name == "pre" { preDepth = max(0, preDepth - 1) }
    }
  }

  private mutating func start(_ tag: HTMLTag) {
    let isVoid = Self.voidElements.contains(tag.name) || tag.selfClosing
    if Self.droppedElements.contains(tag.name) || Self.isHidden(tag) {
      if !isVoid { skipping = (tag.name, 1) }
      return
    }
    switch tag.name {
    case "br":
      forceLine()
    case "td", "th":
      if !Self.trimmed(current).isEmpty { current.append("\t") }
      pendingSpace = false
    default:
      if Self.blockElements.contains(tag.name) { endLine() }
    }
    if tag.name == "pre", !isVoid { preDepth += 1 }
  }

  private mutating func append(_ text: String) {
    for s in text.unicodeScalars {
      if preDepth > 0 {
        if s == "\n" {
          forceLine()
        } else if s != "\r" {
          current.append(s)
        }
        continue
      }
      if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" {
        pendingSpace = true
        continue
      }
      if pendingSpace, let last = current.last, last != "\t" { current.append(" ") }
      pendingSpace = false
      current.append(s)
    }
  }

  /// Ends the current line if it holds anything; a line of only non-breaking or ideographic
  /// spaces becomes a blank line.
  mutating func endLine() {
    let line = Self.trimmed(current)
    if !line.isEmpty {
      lines.append(line)
    } else if current.contains(where: { $0.properties.isWhitespace && !$0.isASCII }) {
      lines.append("")
    }
    current = String.UnicodeScalarView()
    pendingSpace = false
  }

  /// Ends the current line even when it is empty (`<br>`).
  private mutating func forceLine() {
    lines.append(Self.trimmed(current))
    current = String.UnicodeScalarView()
    pendingSpace = false
  }

  /// `line` without whitespace (including U+00A0 and U+3000) at either end.
  static func trimmed(_ line: String.UnicodeScalarView) -> String {
    guard let first = line.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = line.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(line[first...last]))
  }
}
