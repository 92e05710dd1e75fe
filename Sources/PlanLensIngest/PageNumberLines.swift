import Foundation
import PlanLensText

/// What a page number printed on its own line looks like ("- 3 -", "第 3 页 共 9 页"): the
/// page-number rules of the cleaning table (`cleaning-rules.tsv`, kind `page`), so the readers
/// of paged formats and the cleaner agree on what a page number is.
struct PageNumberLines {
  private let patterns: [NSRegularExpression]

  init() {
    let rules = (try? TextCleaner.standard().rules) ?? []
    patterns = rules.filter { $0.kind == .page }.compactMap { try? NSRegularExpression(pattern: $0.pattern) }
  }

  /// Whether `line` is a page number and nothing else.
  func matches(_ line: String) -> Bool {
    let range = NSRange(line.startIndex..., in: line)
    return patterns.contains { $0.firstMatch(in: line, range: range) != nil }
  }
}
