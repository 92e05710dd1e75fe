/// How a heading label is printed around its number: 第{han}章, {han}、, （{han}）, {arabic}. …
public struct NumberingStyle: Hashable, Sendable {
  /// The kinds of number a label can hold.
  public enum Numeral: String, Hashable, Sendable {
    /// 一 二 … 十一 (and 〇, 两).
    case han
    /// 1 2 … 12, half- or full-width.
    case arabic
    /// ① ② … ⑳.
    case circled
  }

  /// Stable name from the table, e.g. "han-paren".
  public var id: String
  /// Alternatives printed before the number ("（", "("), or [""] for none.
  public var prefixes: [String]
  public var numerals: [Numeral]
  /// Alternatives printed after the number ("、", "）").
  public var suffixes: [String]
  /// Styles sharing a frame may continue each other's sequence (1、 2、 三、).
  public var frame: String
  /// Numbers the top units by convention (第一章, 一、).
  public var isTop: Bool
  /// The unit of legal-style texts (第三条): items enumerated inside it are not headings.
  public var isLeaf: Bool

  public init(
    id: String, prefixes: [String], numerals: [Numeral], suffixes: [String], frame: String, isTop: Bool = false,
    isLeaf: Bool = false
  ) {
    self.id = id
    self.prefixes = prefixes
    self.numerals = numerals
    self.suffixes = suffixes
    self.frame = frame
    self.isTop = isTop
    self.isLeaf = isLeaf
  }

  /// Whether a list in this style may continue a list in `other` (same frame or same numeral).
  public func isRelated(to other: NumberingStyle) -> Bool {
    frame == other.frame || !Set(numerals).isDisjoint(with: other.numerals)
  }
}
