/// A half-open range of Unicode-scalar offsets into a document's decoded source text.
///
/// Every offset PlanLens reports counts `String.unicodeScalars` of the text exactly as decoded,
/// before any cleaning or normalisation, so `source[start..<end]` is what a researcher cites.
public struct Span: Codable, Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public init(_ range: Range<Int>) {
    self.init(start: range.lowerBound, end: range.upperBound)
  }

  /// The same offsets as a Swift range.
  public var range: Range<Int> { start..<end }
  public var length: Int { end - start }
}
