import PlanLensText

/// One line of a PDF page as poppler lays it out (`pdftotext -bbox-layout`): its words joined,
/// with the line's box.
///
/// poppler splits a line into words wherever the font or the spacing changes. Two words set
/// closer than ``spaceGap`` of the font size belong together (2024 and 年, which a Chinese
/// layout sets a hair apart); a wider gap is a space the text had.
struct PDFTextLine: PositionedLine, Sendable, Equatable {
  /// A gap of more than this many font sizes between two words is a space.
  static let spaceGap = 0.25

  var text: String
  var start: Double
  var end: Double
  /// The bottom of the line's box, which stands in for its baseline.
  var baseline: Double
  /// The height of the line's box.
  var size: Double
  var leadWidth: Double

  /// Where a space goes between two words.
  enum Spaces: Sendable {
    /// Wherever the gap is wider than ``spaceGap`` (a text layer, which draws what was typed).
    case byGap
    /// Only between two words of Latin letters or digits set apart: OCR splits Chinese text
    /// into words at random, and Chinese has no spaces between its words.
    case betweenLatinWords
  }

  /// A word of the line and where it stands across the page.
  struct Word: Sendable, Equatable {
    var text: String
    var start: Double
    var end: Double
  }

  /// The line drawn by `words` in the box `xMin…xMax`, `yMin…yMax`; nil when it holds no text.
  init?(words: [Word], spaces: Spaces = .byGap, xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
    let size = max(yMax - yMin, 0)
    var text = ""
    var previousEnd: Double?
    for word in words where !word.text.isEmpty {
      if let previousEnd, word.start - previousEnd > Self.spaceGap * size,
        spaces == .byGap || (Self.isLatin(text.unicodeScalars.last) && Self.isLatin(word.text.unicodeScalars.first))
      {
        text += " "
      }
      text += word.text
      previousEnd = word.end
    }
    guard !text.isEmpty, let first = words.first(where: { !$0.text.isEmpty }) else { return nil }
    leadWidth = Self.leadWidth(of: first)
    self.text = text
    self.start = xMin
    self.end = xMax
    self.baseline = yMax
    self.size = size
  }

  private static func isLatin(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.isASCII && (scalar.properties.isAlphabetic || ScalarText.arabicDigit(scalar) != nil)
  }

  /// The width of what cannot be split from the start of `word`: its leading run of ASCII
  /// letters and digits, else its first character, with the next one after an opening bracket
  /// or quote (which may not end a line). Characters are taken as equally wide across the word.
  static func leadWidth(of word: Word) -> Double {
    let scalars = Array(word.text.unicodeScalars)
    let perCharacter = (word.end - word.start) / Double(max(scalars.count, 1))
    let alphanumeric = scalars.prefix {
      $0.isASCII && ($0.properties.isAlphabetic || ScalarText.arabicDigit($0) != nil)
    }
    if !alphanumeric.isEmpty { return perCharacter * Double(alphanumeric.count) }
    let opens =
      scalars.first.map { Punctuation.openingBrackets.contains($0) || Punctuation.openingQuotes.contains($0) } ?? false
    return perCharacter * (opens ? 2 : 1)
  }
}
