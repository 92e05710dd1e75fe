/// A sparse unit-length TF-IDF vector over word and word-pair features, features ascending.
struct DiffTermVector: Sendable {
  var features: [Int32]
  var weights: [Float]
  /// Number of word tokens the vector was made from.
  var wordCount: Int

  /// Cosine similarity (both vectors have unit length).
  func cosine(_ other: DiffTermVector) -> Double {
    var i = 0
    var j = 0
    var sum: Float = 0
    while i < features.count, j < other.features.count {
      if features[i] == other.features[j] {
        sum += weights[i] * other.weights[j]
        i += 1
        j += 1
      } else if features[i] < other.features[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(sum)
  }

  /// The share of this vector's weight on features `other` also has: how much of this text
  /// is found in the other one.
  func containment(in other: DiffTermVector) -> Double {
    var i = 0
    var j = 0
    var shared: Float = 0
    let total = weights.reduce(0, +)
    guard total > 0 else { return 0 }
    while i < features.count, j < other.features.count {
      if features[i] == other.features[j] {
        shared += weights[i]
        i += 1
        j += 1
      } else if features[i] < other.features[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared / total)
  }
}
