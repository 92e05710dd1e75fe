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
      if scalar.value <= 0xFFFF {
        units.append(UInt16(truncatingIfNeeded: scalar.value))
        index.append(n)
      } else {
        UTF16.encode(scalar) { unit in
          units.append(unit)
          index.append(n)
        }
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

extension String {
  /// A string from UTF-16 code units; ill-formed units become U+FFFD.
  init(utf16Units units: some Collection<UInt16>) {
    self = String(decoding: units, as: UTF16.self)
  }
}

/// Maps UTF-16 offsets of a text (as NSString and ICU count) to scalar offsets, storing only
/// where the scalars outside the BMP are: for Chinese text, which has almost none, it takes no
/// memory, where a per-unit table takes six bytes a unit.
struct UTF16ScalarOffsets {
  /// UTF-16 offsets of the scalars that take two units, ascending.
  private let astral: [Int]
  /// UTF-16 length of the whole text.
  let utf16Count: Int

  init(scalars: some Sequence<Unicode.Scalar>) {
    var astral: [Int] = []
    var offset = 0
    for scalar in scalars {
      if scalar.value > 0xFFFF {
        astral.append(offset)
        offset += 2
      } else {
        offset += 1
      }
    }
    self.astral = astral
    utf16Count = offset
  }

  /// The scalar offset of a UTF-16 offset (clamped to the text): the offset less the astral
  /// scalars that start before it (the second unit of a pair maps to its scalar).
  func scalarOffset(_ utf16Offset: Int) -> Int {
    let u = min(max(utf16Offset, 0), utf16Count)
    var lo = 0
    var hi = astral.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if astral[mid] < u { lo = mid + 1 } else { hi = mid }
    }
    return u - lo
  }
}
