/// Punctuation classes shared by every stage, full- and half-width (text may be NFKC-normalised
/// or as printed).
public enum Punctuation {
  /// What ends a sentence: 。；！？ and their half-width forms.
  public static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？", "!", "?"]
  /// What separates the members of a list (省、市、县; 1000亿元、500亿元).
  public static let listSeparator: Unicode.Scalar = "、"
  /// Line breaks.
  public static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r"]
}
