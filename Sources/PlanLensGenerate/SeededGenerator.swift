/// A small deterministic random number generator (SplitMix64): the same seed gives the same
/// numbers on every machine and run, so generated corpora can be reproduced.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for the `index`-th item of a stream seeded with `seed`, independent of the others.
  public init(seed: UInt64, index: UInt64, stream: UInt64 = 0) {
    var mixer = SeededGenerator(seed: seed ^ (index &* 0x9E37_79B9_7F4A_7C15) ^ (stream &* 0xD1B5_4A32_D192_ED03))
    state = mixer.next()
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
