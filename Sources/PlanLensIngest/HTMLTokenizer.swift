import PlanLensText

/// A forgiving HTML tokenizer for real-world government pages: unclosed tags, stray `<`,
/// unquoted attributes and upper-case names are all fine. It never fails; what it cannot read
/// as markup it keeps as text.
struct HTMLTokenizer: Sendable {
  /// Elements whose content is raw text up to their end tag (no markup inside).
  static let rawTextElements: Set<String> = [
    "script", "style", "noscript", "iframe", "noembed", "noframes", "xmp", "textarea", "title",
  ]

  private let scalars: [Unicode.Scalar]
  private var i = 0
  private var tokens: [HTMLToken] = []
  private var text = String.UnicodeScalarView()

  /// A tokenizer over `html`; call ``run()`` once.
  init(_ html: String) {
    self.scalars = Array(html.unicodeScalars)
  }

  /// The tokens of `html`, in order.
  static func tokens(of html: String) -> [HTMLToken] {
    var tokenizer = HTMLTokenizer(html)
    return tokenizer.run()
  }

  /// Scans the whole input and returns its tokens in order.
  mutating func run() -> [HTMLToken] {
    while i < scalars.count {
      let c = scalars[i]
      guard c == "<", i + 1 < scalars.count else {
        text.append(c)
        i += 1
        continue
      }
      let next = scalars[i + 1]
      if Self.isLetter(next) {
        flushText()
        let tag = startTag()
        tokens.append(.startTag(tag))
        if HTMLTokenizer.rawTextElements.contains(tag.name), !tag.selfClosing {
          rawText(until: tag.name)
        }
      } else if next == "/", i + 2 < scalars.count, Self.isLetter(scalars[i + 2]) {
        flushText()
        i += 2
        let name = self.name()
        skip(past: ">")
        tokens.append(.endTag(name))
      } else if next == "!" || next == "?" || next == "/" {
        flushText()
        markup()
        tokens.append(.markup)
      } else {
        text.append(c)
        i += 1
      }
    }
    flushText()
    return tokens
  }

  private mutating func flushText() {
    guard !text.isEmpty else { return }
    tokens.append(.text(HTMLEntityDecoder.decode(String(text))))
    text = String.UnicodeScalarView()
  }

  /// Reads `<name attr=value …>` from the `<` at `i`.
  private mutating func startTag() -> HTMLTag {
    i += 1
    let name = self.name()
    var attributes: [String: String] = [:]
    var selfClosing = false
    while i < scalars.count {
      skipWhitespace()
      guard i < scalars.count else { break }
      let c = scalars[i]
      if c == ">" {
        i += 1
        break
      }
      if c == "/" {
        i += 1
        if i < scalars.count, scalars[i] == ">" {
          selfClosing = true
          i += 1
          break
        }
        continue
      }
      let attributeName = attributeNameAtCursor()
      skipWhitespace()
      var value = ""
      if i < scalars.count, scalars[i] == "=" {
        i += 1
        skipWhitespace()
        value = HTMLEntityDecoder.decode(attributeValue())
      }
      if !attributeName.isEmpty, attributes[attributeName] == nil {
        attributes[attributeName] = value
      }
    }
    return HTMLTag(name: name, attributes: attributes, selfClosing: selfClosing)
  }

  /// A tag name, lower-cased: letters, digits, `-`, `_`, `:` (Word's `o:p`).
  private mutating func name() -> String {
    var out = String.UnicodeScalarView()
    while i < scalars.count {
      let c = scalars[i]
      guard Self.isLetter(c) || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ":" else {
        break
      }
      out.append(c)
      i += 1
    }
    return String(out).lowercased()
  }

  private mutating func attributeNameAtCursor() -> String {
    var out = String.UnicodeScalarView()
    while i < scalars.count {
      let c = scalars[i]
      if c == "=" || c == ">" || c == "/" || c.properties.isWhitespace { break }
      out.append(c)
      i += 1
    }
    if out.isEmpty { i += 1 }  // a lone quote or similar: step over it
    return String(out).lowercased()
  }

  private mutating func attributeValue() -> String {
    guard i < scalars.count else { return "" }
    var out = String.UnicodeScalarView()
    let quote = scalars[i]
    if quote == "\"" || quote == "'" {
      i += 1
      while i < scalars.count, scalars[i] != quote {
        out.append(scalars[i])
        i += 1
      }
      i = min(i + 1, scalars.count)
    } else {
      while i < scalars.count, scalars[i] != ">", !scalars[i].properties.isWhitespace {
        out.append(scalars[i])
        i += 1
      }
    }
    return String(out)
  }

  /// `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` (kept as text), `<?…>`, `</ …>`.
  private mutating func markup() {
    if matches("<!--", at: i) {
      i += 4
      while i < scalars.count, !matches("-->", at: i) { i += 1 }
      i = min(i + 3, scalars.count)
    } else if matches("<![CDATA[", at: i) {
      i += 9
      while i < scalars.count, !matches("]]>", at: i) {
        text.append(scalars[i])
        i += 1
      }
      i = min(i + 3, scalars.count)
      flushText()
    } else {
      skip(past: ">")
    }
  }

  /// Everything up to `</name` (any case) as one raw-text token, then the end tag.
  private mutating func rawText(until name: String) {
    let closing = Array("</\(name)".unicodeScalars)
    let start = i
    while i < scalars.count {
      if scalars[i] == "<", ScalarText.hasPrefixIgnoringASCIICase(closing, in: scalars, at: i) {
        let after = i + closing.count
        if after >= scalars.count || scalars[after] == ">" || scalars[after] == "/"
          || scalars[after].properties.isWhitespace
        {
          break
        }
      }
      i += 1
    }
    var raw = String.UnicodeScalarView()
    raw.append(contentsOf: scalars[start..<i])
    if name == "title" || name == "textarea" {
      tokens.append(.text(HTMLEntityDecoder.decode(String(raw))))
    } else {
      tokens.append(.rawText(String(raw)))
    }
    if i < scalars.count {
      skip(past: ">")
      tokens.append(.endTag(name))
    }
  }

  private mutating func skip(past terminator: Unicode.Scalar) {
    while i < scalars.count, scalars[i] != terminator { i += 1 }
    i = min(i + 1, scalars.count)
  }

  private mutating func skipWhitespace() {
    while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
  }

  private func matches(_ literal: String, at index: Int) -> Bool {
    ScalarText.hasPrefix(literal.unicodeScalars, in: scalars, at: index)
  }

  private static func isLetter(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || ("A"..."Z").contains(c)
  }
}
