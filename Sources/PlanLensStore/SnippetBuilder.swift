/// Cuts a short window of a provision's own text around its first match and marks the words
/// that matched the query, with the provision's punctuation intact.
struct SnippetBuilder: Sendable {
  let segmenter: SearchSegmenter
  /// Scalars shown before the first match.
  var before = 20
  /// Scalars shown in all.
  var width = 90

  /// The snippet of `text` for the query words `terms`; with `phrase`, only the words in a row.
  func snippet(of text: String, terms: [String], phrase: Bool) throws -> [SnippetPart] {
    let scalars = Array(text.unicodeScalars)
    let words = try segmenter.words(in: text)
    let wanted = terms.map { $0.lowercased() }
    let found = words.map { $0.text.lowercased() }
    var marked: [Range<Int>] = []
    if phrase, !wanted.isEmpty, found.count >= wanted.count {
      var i = 0
      while i + wanted.count <= found.count {
        if Array(found[i..<(i + wanted.count)]) == wanted {
          marked.append(words[i].range.lowerBound..<words[i + wanted.count - 1].range.upperBound)
          i += wanted.count
        } else {
          i += 1
        }
      }
    }
    if marked.isEmpty {
      let set = Set(wanted)
      marked = zip(words, found).filter { set.contains($0.1) }.map(\.0.range)
    }
    let first = marked.first?.lowerBound ?? 0
    let start = max(0, first - before)
    let end = min(scalars.count, max(start + width, marked.first?.upperBound ?? 0))
    var parts: [SnippetPart] = []
    func add(_ range: Range<Int>, highlighted: Bool) {
      guard !range.isEmpty else { return }
      var view = String.UnicodeScalarView()
      for scalar in scalars[range] {
        view.append(scalar.properties.isWhitespace ? " " : scalar)
      }
      parts.append(SnippetPart(text: String(view), highlighted: highlighted))
    }
    if start > 0 { parts.append(SnippetPart(text: "…", highlighted: false)) }
    var position = start
    for range in marked where range.lowerBound >= position && range.lowerBound < end {
      add(position..<range.lowerBound, highlighted: false)
      let stop = min(range.upperBound, end)
      add(range.lowerBound..<stop, highlighted: true)
      position = stop
    }
    add(position..<end, highlighted: false)
    if end < scalars.count { parts.append(SnippetPart(text: "…", highlighted: false)) }
    return parts
  }
}
