/// A numbering label found in text: its style, its number and where it stands.
public struct HeadingLabel: Hashable, Sendable {
  public var style: NumberingStyle
  /// The number the label holds (三 → 3).
  public var value: Int
  /// Scalar range of the label as printed, e.g. "（三）".
  public var range: Range<Int>
  /// Where the title starts: after the label and any spaces.
  public var titleStart: Int
}
