/// Text drawn from a paged document (a PDF, an OFD), with the offset where each page starts.
struct PagedText: Sendable, Equatable {
  /// The pages' text in reading order; from `pdftotext` a form feed (U+000C) ends each page.
  var text: String
  /// The Unicode-scalar offset into `text` where each page starts; the first is 0.
  var pageStarts: [Int]
  /// How the text was recognised when the pages were images (OCR), else nil.
  var ocr: String? = nil

  /// Splits `text` at its form feeds, the page separator of `pdftotext`: page N + 1 starts
  /// just after the N-th form feed, and a form feed at the very end closes the last page.
  init(formFeedSeparated text: String) {
    self.text = text
    var starts = [0]
    var offset = 0
    for scalar in text.unicodeScalars {
      offset += 1
      if scalar == "\u{0C}" { starts.append(offset) }
    }
    if starts.count > 1, starts.last == offset { starts.removeLast() }
    pageStarts = starts
  }

  /// How many characters other than whitespace and form feeds each page holds, in page order.
  var visibleCharactersPerPage: [Int] {
    var counts = Array(repeating: 0, count: pageStarts.count)
    var page = 0
    for scalar in text.unicodeScalars {
      if scalar == "\u{0C}" {
        page = min(page + 1, counts.count - 1)
      } else if !scalar.properties.isWhitespace {
        counts[page] += 1
      }
    }
    return counts
  }
}

extension PagedText {
  /// Text whose pages are known by their start offsets alone (an OFD's text, where a paragraph
  /// may run on from one page into the next, so no separator marks the break).
  init(text: String, pageStarts: [Int]) {
    self.text = text
    self.pageStarts = pageStarts
  }
}
