import Foundation
import PlanLensText

/// The part of a plan title that stays the same across its versions: the title without draft
/// markers (（征求意见稿）, （草案）), years (2024—2026年), five-year periods (“十四五”), empty
/// brackets, quotation marks and spaces.
///
/// The words come from `title-stems.tsv`; see the comments there.
public struct TitleStem: Sendable {
  /// Words to drop, longest first so 公开征求意见稿 goes before 征求意见稿.
  let words: [String]

  /// The stemmer with the table shipped with PlanLens.
  public static func standard() throws -> TitleStem {
    try bundled.get()
  }

  private static let bundled: Result<TitleStem, any Error> = Result {
    let table = try DataTable.load("title-stems.tsv", in: .module)
    return TitleStem(words: table.firstColumn)
  }

  /// A stemmer dropping `words` besides years, periods, brackets and quotes.
  public init(words: [String]) {
    self.words = words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  }

  /// The stem of `title`; "" when nothing is left.
  public func stem(_ title: String) -> String {
    var text = title
    for word in words { text = text.replacingOccurrences(of: word, with: "") }
    for pattern in Self.patterns {
      text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }
    // Brackets emptied by the steps above, innermost first.
    var previous = ""
    while previous != text {
      previous = text
      text = text.replacingOccurrences(of: Self.emptyBrackets, with: "", options: .regularExpression)
    }
    return text
  }

  /// Years and ranges of years, five-year periods, quotation and title marks, spaces.
  private static let patterns = [
    #"(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]+\s*(?:19|20)\d{2}\s*年?度?"#,
    #"(?:19|20)\d{2}\s*年度?"#,
    #"(?:19|20)\d{2}(?!\d)"#,
    #"[“"‘'「『]?十[一二三四五六七八九]五[”"’'」』]?(?:时期|期间)?"#,
    #"[“”"‘’'「」『』《》〈〉\s　]"#,
  ]

  private static let emptyBrackets = #"（\s*）|\(\s*\)|【\s*】|〔\s*〕|\[\s*\]|（\s*\)|\(\s*）"#
}
