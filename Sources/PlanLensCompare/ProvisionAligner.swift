import PlanLensModel
import PlanLensText

/// Finds, for each pair of plans, the provisions that address the same task.
///
/// Provisions are fingerprinted once (ICU words, MinHash); locality-sensitive hashing over bands
/// of the signature proposes candidate pairs, so N plans do not mean N² full comparisons; the
/// candidates are scored by exact Jaccard similarity and matched one-to-one, best first.
public struct ProvisionAligner: Sendable {
  public let threshold: Double
  let bands: Int
  /// A bucket with more members than this (a provision copied into hundreds of plans) pairs only
  /// its first members, so the work stays near-linear in the number of plans.
  public let maxBucket: Int
  let segmenter = TextSegmenter()

  /// - Parameter threshold: the Jaccard similarity two provisions need to count as the same task.
  public init(threshold: Double = 0.2, bands: Int = 32, maxBucket: Int = 48) {
    self.threshold = threshold
    self.bands = bands
    self.maxBucket = maxBucket
  }

  /// A provision of one document, for alignment.
  public struct Item: Sendable {
    public var document: Int
    public var name: String
    public var text: String

    public init(document: Int, name: String, text: String) {
      self.document = document
      self.name = name
      self.text = text
    }
  }

  /// Aligned pairs for every pair of documents (by index), best match first.
  public func align(_ items: [Item], documents: Int) -> [PairKey: [(Int, Int, Double)]] {
    // Words in more than a fifth of all provisions (养老, 服务, 老年人) say nothing about the task.
    let wordSets = items.map { ProvisionFingerprint.words(of: $0.text, segmenter: segmenter) }
    var frequency: [String: Int] = [:]
    for set in wordSets { for w in set { frequency[w, default: 0] += 1 } }
    let limit = max(2, items.count / 5)
    let prints = wordSets.map { set in ProvisionFingerprint(words: set.filter { (frequency[$0] ?? 0) <= limit }) }
    let rows = ProvisionFingerprint.hashCount / bands
    var buckets: [UInt64: [Int]] = [:]
    for (i, p) in prints.enumerated() where !p.words.isEmpty {
      for band in 0..<bands {
        var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for r in 0..<rows { h = ProvisionFingerprint.mix(h ^ p.signature[band * rows + r]) }
        buckets[h, default: []].append(i)
      }
    }
    var seen: Set<PairKey> = []
    var scored: [PairKey: [(Int, Int, Double)]] = [:]
    for bucket in buckets.values where bucket.count > 1 {
      let members = bucket.count > maxBucket ? Array(bucket.prefix(maxBucket)) : bucket
      for x in 0..<members.count {
        for y in (x + 1)..<members.count {
          let (a, b) = (members[x], members[y])
          guard items[a].document != items[b].document else { continue }
          let key = PairKey(a, b)
          guard seen.insert(key).inserted else { continue }
          let similarity = prints[a].jaccard(prints[b])
          guard similarity >= threshold else { continue }
          let (first, second) = items[a].document < items[b].document ? (a, b) : (b, a)
          scored[PairKey(items[first].document, items[second].document), default: []].append(
            (first, second, similarity))
        }
      }
    }
    // One-to-one per document pair, best first.
    var out: [PairKey: [(Int, Int, Double)]] = [:]
    for (pair, candidates) in scored {
      var usedA: Set<Int> = []
      var usedB: Set<Int> = []
      for c in candidates.sorted(by: { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) })
      where !usedA.contains(c.0) && !usedB.contains(c.1) {
        usedA.insert(c.0)
        usedB.insert(c.1)
        out[pair, default: []].append(c)
      }
    }
    return out
  }

  /// An unordered pair of indices.
  public struct PairKey: Hashable, Sendable {
    public let low: Int
    public let high: Int
    public init(_ a: Int, _ b: Int) {
      low = min(a, b)
      high = max(a, b)
    }
  }
}
