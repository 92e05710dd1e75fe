import Foundation

/// TF-IDF vectors of the provisions of two versions, with the vocabulary and document
/// frequencies taken over both: words common to every provision weigh little.
struct DiffTermSpace: Sendable {
  let old: [DiffTermVector]
  let new: [DiffTermVector]
  let featureCount: Int

  init(old oldTokens: [[DiffToken]], new newTokens: [[DiffToken]]) {
    var words: [String: UInt32] = [:]
    var features: [UInt64: Int32] = [:]
    func counts(_ tokens: [DiffToken]) -> (counts: [Int32: Int], words: Int) {
      var out: [Int32: Int] = [:]
      var previous: UInt32?
      var wordCount = 0
      for token in tokens where token.isWord {
        wordCount += 1
        let text = token.text.lowercased()
        let id: UInt32
        if let known = words[text] {
          id = known
        } else {
          id = UInt32(words.count)
          words[text] = id
        }
        let unigram = UInt64(id) << 32 | UInt64(UInt32.max)
        out[Self.feature(unigram, in: &features), default: 0] += 1
        if let previous {
          let bigram = UInt64(previous) << 32 | UInt64(id)
          out[Self.feature(bigram, in: &features), default: 0] += 1
        }
        previous = id
      }
      return (out, wordCount)
    }
    let oldCounts = oldTokens.map(counts)
    let newCounts = newTokens.map(counts)
    var frequency = [Int](repeating: 0, count: features.count)
    for (c, _) in oldCounts + newCounts {
      for feature in c.keys { frequency[Int(feature)] += 1 }
    }
    let documents = Double(oldCounts.count + newCounts.count)
    let idf = frequency.map { Float(log(1 + documents / Double(max($0, 1)))) }
    func vector(_ entry: (counts: [Int32: Int], words: Int)) -> DiffTermVector {
      let sorted = entry.counts.sorted { $0.key < $1.key }
      var weights = sorted.map { (1 + Float(log(Double($0.value)))) * idf[Int($0.key)] }
      let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if norm > 0 { weights = weights.map { $0 / norm } }
      return DiffTermVector(features: sorted.map(\.key), weights: weights, wordCount: entry.words)
    }
    old = oldCounts.map(vector)
    new = newCounts.map(vector)
    featureCount = features.count
  }

  private static func feature(_ key: UInt64, in features: inout [UInt64: Int32]) -> Int32 {
    if let id = features[key] { return id }
    let id = Int32(features.count)
    features[key] = id
    return id
  }

  /// For each old provision, the new provisions sharing any feature with it and their cosine,
  /// at least `minimum`. Computed through an inverted index of the new side.
  func cosines(minimum: Double) -> [[(new: Int, cosine: Double)]] {
    var postings = [[(doc: Int32, weight: Float)]](repeating: [], count: featureCount)
    for (j, v) in new.enumerated() {
      for (f, w) in zip(v.features, v.weights) { postings[Int(f)].append((Int32(j), w)) }
    }
    var accumulator = [Float](repeating: 0, count: new.count)
    var touched: [Int] = []
    var out: [[(new: Int, cosine: Double)]] = []
    out.reserveCapacity(old.count)
    for v in old {
      for (f, w) in zip(v.features, v.weights) {
        for posting in postings[Int(f)] {
          let j = Int(posting.doc)
          if accumulator[j] == 0 { touched.append(j) }
          accumulator[j] += w * posting.weight
        }
      }
      var row: [(new: Int, cosine: Double)] = []
      for j in touched {
        let c = Double(accumulator[j])
        if c >= minimum { row.append((j, min(c, 1))) }
        accumulator[j] = 0
      }
      touched.removeAll(keepingCapacity: true)
      out.append(row)
    }
    return out
  }
}
