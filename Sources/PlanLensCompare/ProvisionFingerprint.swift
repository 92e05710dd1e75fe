import PlanLensText

/// A provision as a set of ICU words (Han words of two or more characters, and numbers) with a
/// MinHash signature, for finding provisions that address the same task across plans.
struct ProvisionFingerprint: Sendable {
  let words: Set<String>
  let signature: [UInt64]

  static let hashCount = 64

  /// The content words of a text: ICU words of two or more characters.
  static func words(of text: String, segmenter: TextSegmenter) -> Set<String> {
    let tokens = (try? segmenter.words(in: text)) ?? []
    return Set(tokens.filter { $0.isWord && $0.text.count >= 2 }.map(\.text))
  }

  /// A fingerprint of `words` (already stripped of words too common to tell tasks apart).
  init(words: Set<String>) {
    self.words = words
    var signature = [UInt64](repeating: .max, count: Self.hashCount)
    for word in words {
      let base = Self.fnv1a(word)
      for i in 0..<Self.hashCount {
        let h = Self.mix(base &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
        if h < signature[i] { signature[i] = h }
      }
    }
    self.signature = signature
  }

  /// Jaccard similarity of the word sets.
  func jaccard(_ other: ProvisionFingerprint) -> Double {
    guard !words.isEmpty || !other.words.isEmpty else { return 0 }
    let inter = words.intersection(other.words).count
    return Double(inter) / Double(words.count + other.words.count - inter)
  }

  /// Stable across runs (Swift's Hasher is seeded per process): FNV-1a over UTF-8.
  static func fnv1a(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  /// SplitMix64 finaliser.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
