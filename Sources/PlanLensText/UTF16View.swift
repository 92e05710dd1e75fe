/// A string as UTF-16 code units for ICU, with the way back from UTF-16 offsets to
/// Unicode-scalar offsets, which is what PlanLens reports.
struct UTF16Buffer {
  /// The UTF-16 code units.
  let units: [UInt16]
  /// `scalarIndex[i]` is the scalar offset of UTF-16 offset `i`; one extra entry for the end.
  let scalarIndex: [Int32]

  init<S: Sequence<Unicode.Scalar>>(scalars: S) {
    var units: [UInt16] = []
    var index: [Int32] = []
    units.reserveCapacity(scalars.underestimatedCount)
    index.reserveCapacity(scalars.underestimatedCount + 1)
    var n: Int32 = 0
    for scalar in scalars {
      for unit in UTF16.encode(scalar) ?? [] {
        units.append(unit)
        index.append(n)
      }
      n += 1
    }
    index.append(n)
    self.units = units
    self.scalarIndex = index
  }

  init(_ string: String) {
    self.init(scalars: string.unicodeScalars)
  }

  /// The scalar offset of a UTF-16 offset (clamped to the end).
  func scalarOffset(_ utf16Offset: Int) -> Int {
    Int(scalarIndex[min(max(utf16Offset, 0), scalarIndex.count - 1)])
  }
}

extension UTF16 {
  /// The code units of one scalar.
  fileprivate static func encode(_ scalar: Unicode.Scalar) -> [UInt16]? {
    var out: [UInt16] = []
    out.reserveCapacity(2)
    UTF16.encode(scalar) { out.append($0) }
    return out
  }
}

extension String {
  /// A string from UTF-16 code units; ill-formed units become U+FFFD.
  init(utf16Units units: some Collection<UInt16>) {
    self = String(decoding: units, as: UTF16.self)
  }
}
