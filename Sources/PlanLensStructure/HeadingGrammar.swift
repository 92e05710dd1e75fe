import Foundation
import PlanLensText

/// The numbering grammar of Chinese official documents, read from `numbering-styles.tsv`, and the
/// unnumbered section titles of `section-titles.txt`.
public struct HeadingGrammar: Sendable {
  public let styles: [NumberingStyle]
  /// Unnumbered section titles (总体要求, 指导思想 …), spaces removed.
  public let sectionTitles: Set<String>
  /// Lines that look like headings but are not (contents entries, inset boxes).
  public let furniture: OutlineFurniture

  public init(styles: [NumberingStyle], sectionTitles: Set<String>, furniture: OutlineFurniture = .none) {
    self.styles = styles
    self.sectionTitles = sectionTitles
    self.furniture = furniture
  }

  /// The grammar shipped with PlanLens.
  public static func standard() throws -> HeadingGrammar {
    let table = try DataTable.load("numbering-styles.tsv", in: .module)
    var styles: [NumberingStyle] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 5 else {
        throw DataTableError.badRow(
          table: table.name, row: i + 1, reason: "expected id, prefix, numeral, suffix, frame")
      }
      let numerals = row[2].split(separator: "|").compactMap { NumberingStyle.Numeral(rawValue: String($0)) }
      guard !numerals.isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown numeral \(row[2])")
      }
      styles.append(
        NumberingStyle(
          id: row[0], prefixes: row[1].split(separator: "|", omittingEmptySubsequences: false).map(String.init),
          numerals: numerals,
          suffixes: row[3].split(separator: "|", omittingEmptySubsequences: false).map(String.init),
          frame: row[4], isTop: row.count > 5 && row[5] == "top", isLeaf: row.count > 5 && row[5] == "leaf"))
    }
    let titles = try DataTable.load("section-titles.txt", in: .module).firstColumn
    return HeadingGrammar(
      styles: styles, sectionTitles: Set(titles.map(\.squeezed)), furniture: try OutlineFurniture.standard())
  }

  /// The label starting exactly at `start` in `line` (scalars of one line), if any.
  ///
  /// A label must be followed by title text: not by a digit or a unit (1.5万, 2、3年), and not by
  /// punctuation that shows the number belongs to a sentence.
  public func label(in text: TextScalars, at start: Int, lineEnd: Int) -> HeadingLabel? {
    var best: HeadingLabel? = nil
    for style in styles {
      for prefix in style.prefixes {
        let p = Array(prefix.unicodeScalars)
        guard ScalarText.hasPrefix(p, in: text, at: start, end: lineEnd) else { continue }
        let numStart = start + p.count
        for numeral in style.numerals {
          guard let (value, numEnd) = Self.number(numeral, in: text, at: numStart, end: lineEnd) else {
            continue
          }
          for suffix in style.suffixes {
            let s = Array(suffix.unicodeScalars)
            guard ScalarText.hasPrefix(s, in: text, at: numEnd, end: lineEnd) else { continue }
            let labelEnd = numEnd + s.count
            guard labelEnd > start, let titleStart = Self.titleStart(in: text, after: labelEnd, end: lineEnd),
              Self.isAcceptable(
                style: style, suffix: suffix, numeral: numeral, text: text, labelEnd: labelEnd, titleStart: titleStart)
            else { continue }
            let found = HeadingLabel(style: style, value: value, range: start..<labelEnd, titleStart: titleStart)
            if best == nil || labelEnd > (best?.range.upperBound ?? 0) { best = found }
          }
        }
      }
    }
    return best
  }

  /// Whether `line` (spaces removed) is an unnumbered section title, or starts with one followed
  /// by 。 ： or :. Returns the end of the title within `text`.
  public func sectionTitle(in text: TextScalars, line: Range<Int>) -> (title: Range<Int>, runIn: Bool)? {
    var start = line.lowerBound
    while start < line.upperBound, ScalarText.isWhitespace(text[start]) { start += 1 }
    var end = line.upperBound
    while end > start, ScalarText.isWhitespace(text[end - 1]) { end -= 1 }
    guard start < end else { return nil }
    if sectionTitles.contains(ScalarText.squeezed(text[start..<end])) { return (start..<end, false) }
    // Run-in: 指导思想。以…
    for (i, s) in text[start..<end].enumerated() where s == Punctuation.fullStop || Punctuation.colons.contains(s) {
      let title = String(String.UnicodeScalarView(text[start..<(start + i)]))
      if sectionTitles.contains(title.squeezed) { return (start..<(start + i), true) }
      break
    }
    return nil
  }

  private static func number(_ numeral: NumberingStyle.Numeral, in text: TextScalars, at i: Int, end: Int)
    -> (Int, Int)?
  {
    var j = i
    switch numeral {
    case .arabic:
      var value = 0
      while j < end, j - i < Self.maxLabelDigits, let d = ScalarText.arabicDigit(text[j]) {
        value = value * 10 + d
        j += 1
      }
      if j < end, ScalarText.arabicDigit(text[j]) != nil { return nil }  // more digits: a year or a figure
      return j > i && value > 0 ? (value, j) : nil
    case .han:
      while j < end, j - i < Self.maxLabelNumerals,
        ChineseNumerals.isSmallNumeral(text[j]) || text[j] == "百"
      {
        j += 1
      }
      guard j > i, let value = ChineseNumerals.value(of: text[i..<j]), value > 0 else { return nil }
      return (value, j)
    case .circled:
      guard i < end else { return nil }
      let v = text[i].value
      if (0x2460...0x2473).contains(v) { return (Int(v - 0x2460) + 1, i + 1) }
      return nil
    }
  }

  private static func titleStart(in text: TextScalars, after i: Int, end: Int) -> Int? {
    var j = i
    while j < end, ScalarText.isWhitespace(text[j]) { j += 1 }
    return j < end ? j : nil
  }

  /// Rejects numbers that belong to the sentence: 1.5, 2、3年, 一、二级, 3.%.
  private static func isAcceptable(
    style: NumberingStyle, suffix: String, numeral: NumberingStyle.Numeral, text: TextScalars, labelEnd: Int,
    titleStart: Int
  ) -> Bool {
    let next = text[titleStart]
    if ScalarText.arabicDigit(next) != nil,
      !mayOpenWithNumber(style: style, numeral: numeral, text: text, labelEnd: labelEnd, titleStart: titleStart)
    {
      return false
    }
    if numeral == .han, ChineseNumerals.digits[next] != nil, titleStart == labelEnd { return false }
    if Self.closingMarks.contains(next) { return false }
    return true
  }

  /// Marks that close what came before, so a number followed by one is a figure, not a label
  /// (1%, 2。, 3）).
  static let closingMarks = Punctuation.percentSigns.union(Punctuation.sentenceEnds).union(Punctuation.pauses)
    .union(Punctuation.colons).union([Punctuation.listSeparator]).union(Punctuation.closingBrackets)
    .union(Punctuation.closingQuotes)

  /// Whether a title may open with a number (一、2016年工作回顾, （二）5G网络建设). After a han or
  /// bracketed number it may; after a bare Arabic one (1. 1、) a digit reads as a decimal or a list
  /// of numbers (1.5万, 2、3年), so only a year set off by a space (1. 2016年工作回顾) is a title.
  private static func mayOpenWithNumber(
    style: NumberingStyle, numeral: NumberingStyle.Numeral, text: TextScalars, labelEnd: Int, titleStart: Int
  ) -> Bool {
    let bracketed = style.prefixes.contains { !$0.isEmpty }
    if numeral != .arabic || bracketed { return true }
    guard titleStart > labelEnd else { return false }
    var j = titleStart
    while j < text.count, ScalarText.arabicDigit(text[j]) != nil { j += 1 }
    return j - titleStart == yearDigits && j < text.count && text[j] == WrittenDate.yearMark
  }

  /// Digits of a year (2016年).
  static let yearDigits = 4
  /// A label's Arabic number has at most this many digits (第120条); more make a year or a figure.
  static let maxLabelDigits = 3
  /// A label's Han number has at most this many numerals (九十九、, 一百二十).
  static let maxLabelNumerals = 4
}
