import PlanLensText

/// Splits text into the words FTS5 indexes and searches: ICU words (zh dictionary), punctuation
/// and spaces dropped, joined by single spaces, so `unicode61` sees one token per ICU word.
///
/// Provisions are stored this way and queries are cut the same way. Full-width letters, digits
/// and signs (７０％) are folded to ASCII first, one scalar for one, so ７０％ finds 70%.
public struct SearchSegmenter: Sendable {
  let segmenter = TextSegmenter()

  public init() {}

  /// The words of `text` joined by single spaces.
  public func segmentedText(_ text: String) throws -> String {
    try words(in: text).map(\.text).joined(separator: " ")
  }

  /// The words of `text`, with their ranges in Unicode-scalar offsets of `text`.
  public func words(in text: String) throws -> [TextSegment] {
    try segmenter.words(in: Self.foldingWidth(text)).filter(\.isWord)
  }

  /// `text` with full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space turned into
  /// their ASCII forms; every other scalar is kept, so offsets do not move.
  static func foldingWidth(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E || $0.value == 0x3000 })
    else { return text }
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: view.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3000: view.append(" ")
      default: view.append(scalar)
      }
    }
    return String(view)
  }
}
