/// Text derived from a document's source (cleaned, normalised) that remembers, for each of its
/// Unicode scalars, where that scalar came from in the source.
///
/// `origin[i]` is the source offset of scalar `i`; `origin[count]` is the source offset just past
/// the last scalar. A scalar produced by expanding one source scalar (NFKC "㎡" → "m2") shares its
/// origin; a range of this text maps back to the source range it was derived from.
public struct MappedText: Sendable {
  public private(set) var scalars: TextScalars
  /// Source offsets, one per scalar plus the end (stored as runs, see ``OriginMap``).
  public private(set) var origin: OriginMap

  /// The source text itself, each scalar mapped to its own offset.
  public init(source: String) {
    self.scalars = TextScalars(source)
    self.origin = OriginMap(identityOver: scalars.count)
  }

  init(scalars: TextScalars, origin: OriginMap) {
    precondition(origin.count == scalars.count + 1, "origin needs one entry per scalar plus the end")
    self.scalars = scalars
    self.origin = origin
  }

  public var count: Int { scalars.count }
  public var isEmpty: Bool { scalars.isEmpty }

  /// The text as a String.
  public var string: String { slice(0..<count) }

  /// The text of a range of this text.
  public func slice(_ range: Range<Int>) -> String {
    scalars.string(range)
  }

  /// The source range a range of this text was derived from.
  public func sourceRange(_ range: Range<Int>) -> Range<Int> {
    let r = range.clamped(to: 0..<count)
    if r.isEmpty {
      let at = origin[r.lowerBound]
      return at..<at
    }
    // The end maps to just past the source scalar the last scalar came from.
    let last = r.upperBound - 1
    var end = origin[last + 1]
    if end <= origin[last] { end = origin[last] + 1 }
    return origin[r.lowerBound]..<max(end, origin[r.lowerBound])
  }

  /// The first index of this text whose origin is at or after `sourceOffset`.
  public func index(atSource sourceOffset: Int) -> Int {
    origin.firstIndex(atOrAfterSource: sourceOffset)
  }

  /// The range of this text derived from a source range.
  public func range(ofSource range: Range<Int>) -> Range<Int> {
    index(atSource: range.lowerBound)..<index(atSource: range.upperBound)
  }

  /// This text without the given ranges (which must not overlap), origins kept.
  public func removing(_ ranges: [Range<Int>]) -> MappedText {
    if ranges.isEmpty { return self }
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    var keptScalars = TextScalars()
    var keptOrigin = OriginMap()
    keptScalars.reserveCapacity(count)
    var i = 0
    for cut in sorted {
      let lower = max(cut.lowerBound, i)
      if lower > i {
        keptScalars.append(from: scalars, i..<lower)
        keptOrigin.append(from: origin, i..<lower)
      }
      i = max(i, min(cut.upperBound, count))
    }
    if i < count {
      keptScalars.append(from: scalars, i..<count)
      keptOrigin.append(from: origin, i..<count)
    }
    keptOrigin.append(origin[count])
    return MappedText(scalars: keptScalars, origin: keptOrigin)
  }

  /// The ranges of the lines of this text, without their line terminators.
  public func lineRanges() -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < count {
      let s = scalars[i]
      if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}"
        || s == "\u{0C}" || s == "\u{85}"
      {
        out.append(start..<i)
        if s == "\r", i + 1 < count, scalars[i + 1] == "\n" { i += 1 }
        start = i + 1
      }
      i += 1
    }
    out.append(start..<count)
    return out
  }
}
