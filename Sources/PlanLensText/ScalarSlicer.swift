/// Slices a String by Unicode-scalar offsets without holding an array of its scalars: a
/// `String.Index` is kept every ``stride`` scalars, and a slice walks at most that far from
/// the nearest one. For a 10 MB document that is 40 KB of indexes instead of 13 MB of scalars.
public struct ScalarSlicer: Sendable {
  /// Scalars between two kept indexes.
  public static let stride = 256

  /// The text sliced.
  public let text: String
  /// Its number of scalars.
  public let count: Int
  private let checkpoints: [String.Index]

  public init(_ text: String) {
    self.text = text
    var checkpoints: [String.Index] = []
    let view = text.unicodeScalars
    var index = view.startIndex
    var n = 0
    while index < view.endIndex {
      if n % Self.stride == 0 { checkpoints.append(index) }
      view.formIndex(after: &index)
      n += 1
    }
    self.checkpoints = checkpoints
    count = n
  }

  /// The scalars `range` (clamped to the text) as a String.
  public func slice(_ range: Range<Int>) -> String {
    let r = range.clamped(to: 0..<count)
    guard !r.isEmpty else { return "" }
    let start = index(at: r.lowerBound)
    let end = text.unicodeScalars.index(start, offsetBy: r.count)
    return String(text.unicodeScalars[start..<end])
  }

  private func index(at offset: Int) -> String.Index {
    let checkpoint = offset / Self.stride
    return text.unicodeScalars.index(checkpoints[checkpoint], offsetBy: offset - checkpoint * Self.stride)
  }
}
