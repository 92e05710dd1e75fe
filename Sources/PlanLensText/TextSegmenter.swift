import CICU

/// A piece of text between two ICU boundaries, in Unicode-scalar offsets of the segmented text.
public struct TextSegment: Hashable, Sendable {
  /// What ICU's word rules say the segment is.
  public enum Kind: Sendable, Hashable {
    /// Spaces and punctuation (rule status 0–99).
    case other
    /// Digits (100–199).
    case number
    /// Letters (200–299).
    case letter
    /// Kana (300–399).
    case kana
    /// Han and other dictionary words (400–499).
    case ideographic
  }

  public var range: Range<Int>
  public var text: String
  public var kind: Kind

  public init(range: Range<Int>, text: String, kind: Kind) {
    self.range = range
    self.text = text
    self.kind = kind
  }

  /// Whether the segment is a word (not spaces or punctuation).
  public var isWord: Bool { kind != .other }
}

/// Word and sentence segmentation with ICU's break iterators (zh dictionary for Han).
public struct TextSegmenter: Sendable {
  public let locale: String

  public init(locale: String = "zh") {
    self.locale = locale
  }

  /// The words, spaces and punctuation of `text`, in order, covering it without gaps.
  public func words(in text: String) throws -> [TextSegment] {
    try segments(of: text, kind: Int32(PL_BREAK_WORD))
  }

  /// The sentences of `text`, in order, covering it without gaps.
  public func sentences(in text: String) throws -> [TextSegment] {
    try segments(of: text, kind: Int32(PL_BREAK_SENTENCE))
  }

  private func segments(of text: String, kind: Int32) throws -> [TextSegment] {
    let buffer = UTF16Buffer(text)
    if buffer.units.isEmpty { return [] }
    var capacity = buffer.units.count + 2
    var boundaries = [Int32](repeating: 0, count: capacity)
    var statuses = [Int32](repeating: 0, count: capacity)
    var count: Int32 = 0
    while true {
      count = buffer.units.withUnsafeBufferPointer { units in
        boundaries.withUnsafeMutableBufferPointer { b in
          statuses.withUnsafeMutableBufferPointer { s in
            pl_boundaries(
              kind, locale, units.baseAddress, Int32(units.count), b.baseAddress, s.baseAddress,
              Int32(capacity))
          }
        }
      }
      if count < 0 { throw TextError.icu(function: "ubrk_open", code: -count) }
      if Int(count) <= capacity { break }
      capacity = Int(count)
      boundaries = [Int32](repeating: 0, count: capacity)
      statuses = [Int32](repeating: 0, count: capacity)
    }
    let scalars = Array(text.unicodeScalars)
    var out: [TextSegment] = []
    out.reserveCapacity(Int(count))
    for i in 1..<Int(count) {
      let start = buffer.scalarOffset(Int(boundaries[i - 1]))
      let end = buffer.scalarOffset(Int(boundaries[i]))
      guard start < end else { continue }
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[start..<end])
      out.append(
        TextSegment(range: start..<end, text: String(piece), kind: Self.kind(of: statuses[i])))
    }
    return out
  }

  private static func kind(of status: Int32) -> TextSegment.Kind {
    switch status {
    case 100..<200: return .number
    case 200..<300: return .letter
    case 300..<400: return .kana
    case 400..<500: return .ideographic
    default: return .other
    }
  }
}
