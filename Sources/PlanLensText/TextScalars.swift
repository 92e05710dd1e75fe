/// A document's text as Unicode scalars, indexed by scalar offset, stored in two bytes a scalar.
///
/// Chinese text lies in the Basic Multilingual Plane, so each scalar is kept as its UTF-16 code
/// unit: half the memory of `[Unicode.Scalar]`. The rare scalar beyond it (a CJK Extension B
/// character) keeps a lone-surrogate placeholder, which no scalar can be, and its value in a
/// side table found by binary search. Indexing stays O(1) for every BMP scalar.
public struct TextScalars: RandomAccessCollection, Sendable, Equatable, Hashable {
  public typealias Index = Int
  public typealias Element = Unicode.Scalar
  public typealias Indices = Range<Int>
  public typealias SubSequence = Slice<TextScalars>

  /// One code unit per scalar; a surrogate value marks a scalar of ``astralValues``.
  @usableFromInline var units: [UInt16]
  /// Offsets of the scalars beyond the BMP, ascending.
  @usableFromInline var astralOffsets: [Int]
  /// Their values, in the same order.
  @usableFromInline var astralValues: [Unicode.Scalar]

  /// No scalars.
  public init() {
    units = []
    astralOffsets = []
    astralValues = []
  }

  /// The scalars of `sequence`, in order.
  public init(_ sequence: some Sequence<Unicode.Scalar>) {
    self.init()
    append(contentsOf: sequence)
  }

  /// The scalars of `string`.
  public init(_ string: String) {
    self.init()
    // Counted first, so the buffer is allocated once at its final size.
    units.reserveCapacity(string.unicodeScalars.count)
    append(contentsOf: string.unicodeScalars)
  }

  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { units.count }
  @inlinable public var count: Int { units.count }
  @inlinable public var isEmpty: Bool { units.isEmpty }
  @inlinable public var indices: Range<Int> { 0..<units.count }
  @inlinable public func index(after i: Int) -> Int { i + 1 }
  @inlinable public func index(before i: Int) -> Int { i - 1 }

  /// The scalar at offset `i`.
  @inlinable public subscript(i: Int) -> Unicode.Scalar {
    let unit = units[i]
    if unit & 0xF800 != 0xD800, let scalar = Unicode.Scalar(unit) { return scalar }
    return astral(at: i)
  }

  @inlinable public subscript(bounds: Range<Int>) -> Slice<TextScalars> {
    Slice(base: self, bounds: bounds)
  }

  @usableFromInline func astral(at i: Int) -> Unicode.Scalar {
    var lo = 0
    var hi = astralOffsets.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if astralOffsets[mid] < i { lo = mid + 1 } else { hi = mid }
    }
    return lo < astralOffsets.count && astralOffsets[lo] == i ? astralValues[lo] : "\u{FFFD}"
  }

  /// Room for `n` scalars.
  public mutating func reserveCapacity(_ n: Int) { units.reserveCapacity(n) }

  /// Appends one scalar.
  public mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.value <= 0xFFFF {
      units.append(UInt16(truncatingIfNeeded: scalar.value))
    } else {
      astralOffsets.append(units.count)
      astralValues.append(scalar)
      units.append(0xD800)
    }
  }

  /// Appends the scalars of `sequence`.
  public mutating func append(contentsOf sequence: some Sequence<Unicode.Scalar>) {
    for scalar in sequence { append(scalar) }
  }

  /// Appends scalars `range` of `other`, copying code units in bulk.
  public mutating func append(from other: TextScalars, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let base = units.count
    units.append(contentsOf: other.units[range])
    guard !other.astralOffsets.isEmpty else { return }
    for (k, offset) in other.astralOffsets.enumerated() where range.contains(offset) {
      astralOffsets.append(base + offset - range.lowerBound)
      astralValues.append(other.astralValues[k])
    }
  }

  /// The scalars `range` as a String.
  public func string(_ range: Range<Int>) -> String {
    let r = range.clamped(to: 0..<count)
    if r.isEmpty { return "" }
    if astralOffsets.isEmpty { return Self.utf8String(units, r, droppingWhitespace: false) }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: self[r])
    return String(view)
  }

  /// BMP code units as a String, encoded to UTF-8 in one pass into the String's own buffer
  /// (the standard library's UTF-16 decoding goes scalar by scalar through a generic parser).
  private static func utf8String(_ units: [UInt16], _ r: Range<Int>, droppingWhitespace: Bool) -> String {
    units.withUnsafeBufferPointer { buffer in
      String(unsafeUninitializedCapacity: r.count * 3) { out in
        var n = 0
        for i in r {
          let u = UInt32(buffer[i])
          if u < 0x80 {
            if droppingWhitespace, u == 0x20 || (0x09...0x0D).contains(u) { continue }
            out[n] = UInt8(truncatingIfNeeded: u)
            n += 1
          } else if u < 0x800 {
            if droppingWhitespace, u == 0x85 || u == 0xA0 { continue }
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | (u >> 6))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F))
            n += 2
          } else {
            if droppingWhitespace, let scalar = Unicode.Scalar(u), ScalarText.isWhitespace(scalar) { continue }
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | (u >> 12))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((u >> 6) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F))
            n += 3
          }
        }
        return n
      }
    }
  }

  /// The scalars `range` without whitespace, as a String.
  public func squeezed(_ range: Range<Int>) -> String {
    let r = range.clamped(to: 0..<count)
    if r.isEmpty { return "" }
    if astralOffsets.isEmpty { return Self.utf8String(units, r, droppingWhitespace: true) }
    var view = String.UnicodeScalarView()
    for scalar in self[r] where !ScalarText.isWhitespace(scalar) { view.append(scalar) }
    return String(view)
  }

  /// The whole text as UTF-16 code units, as ICU and NSString count them (a scalar beyond the
  /// BMP takes two).
  public var utf16: [UInt16] {
    if astralOffsets.isEmpty { return units }
    var out: [UInt16] = []
    out.reserveCapacity(units.count + astralOffsets.count)
    for scalar in self { UTF16.encode(scalar) { out.append($0) } }
    return out
  }

  /// Whether any scalar lies beyond the BMP (so UTF-16 offsets differ from scalar offsets).
  public var hasAstralScalars: Bool { !astralOffsets.isEmpty }
}

extension TextScalars: ExpressibleByStringLiteral {
  public init(stringLiteral value: String) { self.init(value) }
}
