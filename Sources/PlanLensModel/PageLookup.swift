/// Which page an offset falls on, given where each page starts.
public enum PageLookup {
  /// The 1-based page holding `offset`: the last page whose start is at or before it. An
  /// offset before the first start counts as page 1.
  ///
  /// ```swift
  /// PageLookup.page(of: 120, pageStarts: [0, 100, 250])  // 2
  /// ```
  public static func page(of offset: Int, pageStarts: [Int]) -> Int {
    var low = 0
    var high = pageStarts.count
    // The number of starts that are at or before `offset`.
    while low < high {
      let middle = (low + high) / 2
      if pageStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    return max(low, 1)
  }
}
