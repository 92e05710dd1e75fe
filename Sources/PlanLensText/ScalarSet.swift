/// A set of Unicode scalars asked about once per scalar of a document: membership is one bit of
/// a bitmap over the Basic Multilingual Plane (8 KB), so no hashing on the hot path; scalars
/// beyond it are kept in a sorted list.
public struct ScalarSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
  /// One bit per BMP scalar, 64 to a word.
  @usableFromInline var words: [UInt64]
  /// The members beyond the BMP, ascending.
  @usableFromInline var astral: [UInt32]

  /// The scalars of `members`.
  public init(_ members: some Sequence<Unicode.Scalar>) {
    words = [UInt64](repeating: 0, count: 0x10000 / 64)
    var beyond: Set<UInt32> = []
    for scalar in members {
      let v = scalar.value
      if v < 0x10000 {
        words[Int(v >> 6)] |= 1 << UInt64(v & 63)
      } else {
        beyond.insert(v)
      }
    }
    astral = beyond.sorted()
  }

  /// Whether `scalar` is a member.
  @inlinable public func contains(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x10000 { return words[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
    return astralContains(v)
  }

  @usableFromInline func astralContains(_ v: UInt32) -> Bool {
    var lo = 0
    var hi = astral.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if astral[mid] < v { lo = mid + 1 } else { hi = mid }
    }
    return lo < astral.count && astral[lo] == v
  }

  /// The scalars listed.
  public init(arrayLiteral elements: Unicode.Scalar...) {
    self.init(elements)
  }

  /// No scalar.
  public var isEmpty: Bool { astral.isEmpty && !words.contains { $0 != 0 } }

  /// This set and the scalars of `other`: for sets built once (tables, punctuation classes), as
  /// each set is an 8 KB bitmap.
  public func union(_ other: some Sequence<Unicode.Scalar>) -> ScalarSet {
    var out = self
    for scalar in other {
      let v = scalar.value
      if v < 0x10000 {
        out.words[Int(v >> 6)] |= 1 << UInt64(v & 63)
      } else if !out.astralContains(v) {
        out.astral.append(v)
        out.astral.sort()
      }
    }
    return out
  }

  /// The members in ascending order.
  public func makeIterator() -> AnyIterator<Unicode.Scalar> {
    var word = 0
    var bits = words.first ?? 0
    var astralIndex = 0
    return AnyIterator {
      while word < words.count {
        if bits != 0 {
          let bit = bits.trailingZeroBitCount
          bits &= bits - 1
          return Unicode.Scalar(UInt32(word * 64 + bit))
        }
        word += 1
        bits = word < words.count ? words[word] : 0
      }
      guard astralIndex < astral.count else { return nil }
      defer { astralIndex += 1 }
      return Unicode.Scalar(astral[astralIndex])
    }
  }

  /// Adds `scalar`.
  public mutating func insert(_ scalar: Unicode.Scalar) {
    let v = scalar.value
    if v < 0x10000 {
      words[Int(v >> 6)] |= 1 << UInt64(v & 63)
    } else if !astralContains(v) {
      astral.append(v)
      astral.sort()
    }
  }
}
