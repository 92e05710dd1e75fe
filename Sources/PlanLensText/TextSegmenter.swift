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

  /// How many word boundaries ICU finds in `text`, and nothing more: the bare tokeniser pass
  /// (UTF-16 in, boundaries counted, no segments made) that `planlens bench` sets extraction
  /// against.
  public func wordBoundaryCount(in text: String) throws -> Int {
    let units = Array(text.utf16)
    let count = units.withUnsafeBufferPointer {
      pl_boundaries(Int32(PL_BREAK_WORD), locale, $0.baseAddress, Int32($0.count), nil, nil, 0)
    }
    if count < 0 { throw TextError.icu(function: "ubrk_open", code: -count) }
    return Int(count)
  }

  /// The sentences of `text`, in order, covering it without gaps.
  public func sentences(in text: String) throws -> [TextSegment] {
    try segments(of: text, kind: Int32(PL_BREAK_SENTENCE))
  }

  /// The sentences of `range` of `scalars`, as scalar ranges in order, covering it without gaps.
  ///
  /// Reads the code units in place (no String, no copy of a text without astral scalars) and
  /// keeps only the boundaries, so a long paragraph costs its sentence list and nothing more.
  public func sentenceRanges(in scalars: TextScalars, _ range: Range<Int>) throws -> [Range<Int>] {
    let r = range.clamped(to: scalars.indices)
    guard !r.isEmpty else { return [] }
    let boundaries: [Int32]
    let offsets: UTF16ScalarOffsets?
    if scalars.hasAstralScalars {
      let slice = scalars[r]
      var units: [UInt16] = []
      units.reserveCapacity(slice.count)
      for scalar in slice { UTF16.encode(scalar) { units.append($0) } }
      boundaries = try units.withUnsafeBufferPointer { try Self.boundaries(Int32(PL_BREAK_SENTENCE), locale, $0) }
      offsets = UTF16ScalarOffsets(scalars: slice)
    } else {
      boundaries = try scalars.units[r].withUnsafeBufferPointer {
        try Self.boundaries(Int32(PL_BREAK_SENTENCE), locale, $0)
      }
      offsets = nil
    }
    var out: [Range<Int>] = []
    out.reserveCapacity(max(0, boundaries.count - 1))
    var start = r.lowerBound
    for b in boundaries.dropFirst() {
      let end = r.lowerBound + (offsets?.scalarOffset(Int(b)) ?? Int(b))
      if start < end { out.append(start..<end) }
      start = end
    }
    return out
  }

  /// The break positions of `units` (UTF-16 offsets, 0 and the length included). The buffer is
  /// sized for a sentence every few units and grown to ICU's count when that was too few.
  private static func boundaries(_ kind: Int32, _ locale: String, _ units: UnsafeBufferPointer<UInt16>) throws
    -> [Int32]
  {
    var capacity = min(units.count + 2, units.count / 8 + 16)
    while true {
      var boundaries = [Int32](repeating: 0, count: capacity)
      let count = boundaries.withUnsafeMutableBufferPointer { b in
        pl_boundaries(kind, locale, units.baseAddress, Int32(units.count), b.baseAddress, nil, Int32(capacity))
      }
      if count < 0 { throw TextError.icu(function: "ubrk_open", code: -count) }
      if Int(count) <= capacity {
        boundaries.removeLast(capacity - Int(count))
        return boundaries
      }
      capacity = Int(count)
    }
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
    let scalars = TextScalars(text)
    var out: [TextSegment] = []
    out.reserveCapacity(Int(count))
    for i in 1..<Int(count) {
      let start = buffer.scalarOffset(Int(boundaries[i - 1]))
      let end = buffer.scalarOffset(Int(boundaries[i]))
      guard start < end else { continue }
      out.append(
        TextSegment(range: start..<end, text: scalars.string(start..<end), kind: Self.kind(of: statuses[i])))
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
