/// Positions of one longest strictly increasing subsequence (patience sorting, O(n log n)).
enum DiffLongestIncreasingSubsequence {
  /// Indices into `values` of the elements kept, ascending.
  static func indices(of values: [Int]) -> [Int] {
    var tails: [Int] = []  // index into values of the smallest tail of each length
    var previous = [Int](repeating: -1, count: values.count)
    for (i, v) in values.enumerated() {
      var lo = 0
      var hi = tails.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if values[tails[mid]] < v { lo = mid + 1 } else { hi = mid }
      }
      if lo > 0 { previous[i] = tails[lo - 1] }
      if lo == tails.count { tails.append(i) } else { tails[lo] = i }
    }
    var out: [Int] = []
    var k = tails.last ?? -1
    while k >= 0 {
      out.append(k)
      k = previous[k]
    }
    return out.reversed()
  }
}
