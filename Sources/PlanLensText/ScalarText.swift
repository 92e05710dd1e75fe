/// The helpers every stage needs over text held as an array of Unicode scalars (the form the
/// scanners index and spans count in): one implementation each.
public enum ScalarText {
  /// A string of the scalars.
  public static func string(_ slice: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice)
    return String(view)
  }

  /// A string of a slice of a document's text, decoded from its code units in one step.
  public static func string(_ slice: Slice<TextScalars>) -> String {
    slice.base.string(slice.startIndex..<slice.endIndex)
  }

  /// `range` without the scalars at either end that `isEdge` accepts (whitespace by default).
  @inlinable public static func trimmed<Text: RandomAccessCollection<Unicode.Scalar>>(
    _ range: Range<Int>, in s: Text, isEdge: (Unicode.Scalar) -> Bool = { isWhitespace($0) }
  ) -> Range<Int> where Text.Index == Int {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, isEdge(s[lo]) { lo += 1 }
    while hi > lo, isEdge(s[hi - 1]) { hi -= 1 }
    return lo..<hi
  }

  /// The scalars without whitespace, as a string (济南 市 → 济南市).
  public static func squeezed(_ slice: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    for s in slice where !isWhitespace(s) { view.append(s) }
    return String(view)
  }

  /// The same for a slice of a document's text, decoded from its code units in one step.
  public static func squeezed(_ slice: Slice<TextScalars>) -> String {
    slice.base.squeezed(slice.startIndex..<slice.endIndex)
  }

  /// Whether `s` breaks a line, as `Character.isNewline` says of it alone (LF, VT, FF, CR, NEL,
  /// line and paragraph separators), without making a Character.
  @inlinable public static func isNewline(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Whether `s` has Unicode's White_Space property, without the property lookup: the set is
  /// fixed by Unicode's stability policy (tab to carriage return, space, NEL, no-break space,
  /// ogham space, the en quad to hair spaces, line and paragraph separators, narrow no-break,
  /// medium mathematical and ideographic space).
  @inlinable public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09...0x0D, 0x20: return true
    case 0..<0x85: return false
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whether `piece` is printed in `text` at `i`, ending at or before `end` (the end of `text` by
  /// default).
  @inlinable public static func hasPrefix<Text: RandomAccessCollection<Unicode.Scalar>>(
    _ piece: some Collection<Unicode.Scalar>, in text: Text, at i: Int, end: Int? = nil
  ) -> Bool where Text.Index == Int {
    let limit = min(end ?? text.count, text.count)
    guard i >= 0, i + piece.count <= limit else { return false }
    var k = i
    for s in piece {
      if text[k] != s { return false }
      k += 1
    }
    return true
  }

  /// Whether `piece` (lower-case ASCII) stands at `i` in `text`, upper-case ASCII letters in
  /// `text` read as lower-case (</SCRIPT> for </script>).
  @inlinable public static func hasPrefixIgnoringASCIICase<Text: RandomAccessCollection<Unicode.Scalar>>(
    _ piece: some Collection<Unicode.Scalar>, in text: Text, at i: Int
  ) -> Bool where Text.Index == Int {
    guard i >= 0, i + piece.count <= text.count else { return false }
    var k = i
    for c in piece {
      let s = text[k]
      let lower = ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32) ?? s : s
      if lower != c { return false }
      k += 1
    }
    return true
  }

  /// The value of an Arabic digit, half-width (0–9) or full-width (０–９), else nil.
  public static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x30...0x39: return Int(s.value - 0x30)
    case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
    default: return nil
    }
  }
}
