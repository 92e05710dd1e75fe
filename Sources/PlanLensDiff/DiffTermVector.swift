/// A sparse unit-length TF-IDF vector over word and word-pair features, features ascending.
struct DiffTermVector: Sendable {
  var features: [Int32]
  var weights: [Float]
  /// Number of word tokens the vector was made from.
  var wordCount: Int

  /// Cosine similarity (both vectors have unit length).
  func cosine(_ other: DiffTermVector) -> Double {
    var sum: Float = 0
    forEachShared(with: other) { i, j in sum += weights[i] * other.weights[j] }
    return Double(sum)
  }

  /// The share of this vector's weight on features `other` also has: how much of this text
  /// is found in the other one.
  func containment(in other: DiffTermVector) -> Double {
    var shared: Float = 0
    let total = weights.reduce(0, +)
    guard total > 0 else { return 0 }
    forEachShared(with: other) { i, _ in shared += weights[i] }
    return Double(shared / total)
  }

  /// Calls `body` with the index in this vector and in `other` of each feature both have, in
  /// feature order (both feature lists are sorted).
  private func forEachShared(with other: DiffTermVector, _ body: (Int, Int) -> Void) {
    var i = 0
    var j = 0
    while i < features.count, j < other.features.count {
      if features[i] == other.features[j] {
        body(i, j)
        i += 1
        j += 1
      } else if features[i] < other.features[j] {
        i += 1
      } else {
        j += 1
      }
    }
  }
}
