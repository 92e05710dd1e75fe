/// A set of Unicode scalars asked about once per scalar of a document: membership is one bit of
/// a bitmap over the Basic Multilingual Plane (8 KB), so no hashing on the hot path; scalars
/// beyond it are kept in a sorted list.
public struct ScalarSet: Sendable, Equatable {
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
}
