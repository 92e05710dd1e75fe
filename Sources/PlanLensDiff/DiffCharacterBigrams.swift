/// The distinct character pairs of a short string (a title, an indicator, a quote), for the
/// Dice coefficient: 2·|A∩B| / (|A|+|B|). A one-character string counts as its own pair.
struct DiffCharacterBigrams: Sendable {
  let pairs: [UInt64]

  init(_ text: String) {
    let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { UInt64($0.value) }
    var out: [UInt64] = []
    if scalars.count == 1 {
      out = [scalars[0] << 32]
    } else if scalars.count > 1 {
      out.reserveCapacity(scalars.count - 1)
      for k in 1..<scalars.count { out.append(scalars[k - 1] << 32 | scalars[k]) }
    }
    pairs = Array(Set(out)).sorted()
  }

  /// 0 … 1; 0 when either string is empty.
  func dice(_ other: DiffCharacterBigrams) -> Double {
    guard !pairs.isEmpty, !other.pairs.isEmpty else { return 0 }
    var i = 0
    var j = 0
    var shared = 0
    while i < pairs.count, j < other.pairs.count {
      if pairs[i] == other.pairs[j] {
        shared += 1
        i += 1
        j += 1
      } else if pairs[i] < other.pairs[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return 2 * Double(shared) / Double(pairs.count + other.pairs.count)
  }
}
