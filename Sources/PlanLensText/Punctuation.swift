/// The punctuation classes of Chinese text (GB/T 15834), full- and half-width, defined once for
/// every stage: text may be NFKC-normalised (，→, ：→:) or as printed, so each class holds both
/// forms. These are orthography, not rules a researcher extends, so they live here rather than in
/// a table; stages build the breaks they need as unions of these classes.
public enum Punctuation {
  /// What ends a sentence: 。；！？ and their half-width forms.
  public static let sentenceEnds: ScalarSet = ["。", "；", ";", "！", "？", "!", "?"]
  /// The full stop alone (a sentence proper, not a clause ended by ；).
  public static let fullStop: Unicode.Scalar = "。"
  /// The pause between clauses: ，and ,.
  public static let pauses: ScalarSet = ["，", ","]
  /// Colons: ：and :.
  public static let colons: ScalarSet = ["：", ":"]
  /// What separates the members of a list (省、市、县; 1000亿元、500亿元).
  public static let listSeparator: Unicode.Scalar = "、"
  /// The ellipsis (……) that may close a line.
  public static let ellipsis: Unicode.Scalar = "…"
  /// Line breaks.
  public static let lineBreaks: ScalarSet = ["\n", "\r"]

  /// Round brackets that open an aside: （ and (.
  public static let roundOpen: ScalarSet = ["（", "("]
  /// Round brackets that close an aside: ） and ).
  public static let roundClose: ScalarSet = ["）", ")"]
  /// Every opening bracket, including those of document numbers (〔2024〕, [2024], 【2024】).
  public static let openingBrackets: ScalarSet = roundOpen.union(["〔", "[", "【", "［", "﹝"])
  /// Every closing bracket.
  public static let closingBrackets: ScalarSet = roundClose.union(["〕", "]", "】", "］", "﹞"])

  /// The bracket pairs that set off a marker inside a title: （征求意见稿）, (草案), [送审稿], 【讨论稿】.
  public static let markerBrackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("（", "）"), ("(", ")"), ("[", "]"), ("【", "】"),
  ]

  /// Quotation marks that open a quote (“ 「 ‘); the straight quote is ``straightQuotes``.
  public static let openingQuotes: ScalarSet = ["“", "「", "‘"]
  /// Quotation marks that close a quote (” 」 ’).
  public static let closingQuotes: ScalarSet = ["”", "」", "’"]
  /// Straight quotes, which open and close alike.
  public static let straightQuotes: ScalarSet = ["\"", "'"]
  /// Title marks around the name of a document: 《 and 》.
  public static let titleOpen: Unicode.Scalar = "《"
  public static let titleClose: Unicode.Scalar = "》"
  /// Both title marks.
  public static let titleMarks: ScalarSet = [titleOpen, titleClose]

  /// Dashes and tildes that join the ends of a range (2-5, 60%—70%, 3～5).
  public static let dashes: ScalarSet = ["-", "—", "–", "~", "－", "～", "―"]
  /// Whether `c` is a colon (：or :).
  public static func isColon(_ c: Character) -> Bool {
    c.unicodeScalars.count == 1 && c.unicodeScalars.allSatisfy(colons.contains)
  }

  /// Leader characters that run from a table-of-contents entry to its page number (……, ....).
  public static let leaders: ScalarSet = [".", "…", "·", "．", "‥", "⋯"]
  /// Leader characters in a row that make a leader (fewer is an ellipsis or a decimal point).
  public static let leaderRun = 3

  /// Percent signs, full- and half-width.
  public static let percentSigns: ScalarSet = ["%", "％"]

  /// Marks that enclose a phrase and count as one depth level: round brackets, curly quotes and
  /// title marks (not straight quotes, which cannot say whether they open or close).
  public static let enclosingOpen: ScalarSet = roundOpen.union(openingQuotes).union([titleOpen])
  /// The closing counterparts of ``enclosingOpen``.
  public static let enclosingClose: ScalarSet = roundClose.union(closingQuotes).union([titleClose])

  /// Any mark that breaks a phrase of running text: sentence ends, pauses, colons, the list
  /// separator, brackets, quotes and title marks.
  public static let phraseMarks: ScalarSet =
    sentenceEnds.union(pauses).union(colons).union([listSeparator]).union(titleMarks).union(roundOpen)
    .union(roundClose)
}

extension StringProtocol {
  /// Whether the text ends with a colon (：or :).
  public var endsWithColon: Bool { unicodeScalars.last.map(Punctuation.colons.contains) ?? false }
  /// Whether the text holds a full stop (。) anywhere.
  public var containsFullStop: Bool { unicodeScalars.contains(Punctuation.fullStop) }
  /// Whether the text opens with a round bracket and closes with one: （附件） or (2024).
  public var isInRoundBrackets: Bool {
    guard let first = unicodeScalars.first, let last = unicodeScalars.last, unicodeScalars.count >= 2 else {
      return false
    }
    return Punctuation.roundOpen.contains(first) && Punctuation.roundClose.contains(last)
  }
  /// Whether the text opens with a round bracket.
  public var opensWithRoundBracket: Bool { unicodeScalars.first.map(Punctuation.roundOpen.contains) ?? false }
}
