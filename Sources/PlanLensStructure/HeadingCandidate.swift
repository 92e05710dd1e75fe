/// A place in the text that may begin a heading, before the outline decides whether it is one.
struct HeadingCandidate: Sendable {
  enum Kind: Sendable {
    /// A numbering label (一、, （三）, 1.).
    case numbered(HeadingLabel)
    /// An unnumbered section title on its own line (总体要求) or run in (指导思想。以…).
    case section(runIn: Bool)
    /// A short unnumbered line that heads a numbered list.
    case shortLine
    /// An attachment (附件, 附件2).
    case attachment
    /// The line opening an inset box (专栏1 …): not a heading; the numbered lines after it are
    /// the box's content until the outline continues.
    case insetBox
  }

  var kind: Kind
  /// Where the heading begins (its label, or its title when unnumbered).
  var start: Int
  var label: Range<Int>?
  var title: Range<Int>
  /// Found in the middle of a line, glued to the previous paragraph by a bad conversion.
  var isGlued: Bool
  /// Whitespace scalars between the previous text and a glued label.
  var gap: Int
  /// Body text stands between the previous heading and this one.
  var followsText: Bool = false

  /// The key under which the outline tracks this candidate's sequence.
  var styleKey: String {
    switch kind {
    case .numbered(let label): return label.style.id
    case .section(let runIn): return runIn ? "section-run-in" : "section"
    case .shortLine: return "section"
    case .attachment: return "attachment"
    case .insetBox: return "box"
    }
  }

  var numberLabel: HeadingLabel? {
    if case .numbered(let label) = kind { return label }
    return nil
  }
}
