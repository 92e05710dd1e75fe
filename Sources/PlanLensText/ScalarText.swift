/// The helpers every stage needs over text held as an array of Unicode scalars (the form the
/// scanners index and spans count in): one implementation each.
public enum ScalarText {
  /// A string of the scalars.
  public static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice)
    return String(view)
  }

  /// `range` without the scalars at either end that `isEdge` accepts (whitespace by default).
  public static func trimmed(
    _ range: Range<Int>, in s: [Unicode.Scalar], isEdge: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
  ) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, isEdge(s[lo]) { lo += 1 }
    while hi > lo, isEdge(s[hi - 1]) { hi -= 1 }
    return lo..<hi
  }
}
