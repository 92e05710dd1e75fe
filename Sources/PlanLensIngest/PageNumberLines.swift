import PlanLensText

/// What a page number printed on its own line looks like ("- 3 -", "第 3 页 共 9 页"): the
/// page-number rules of the cleaning table (`cleaning-rules.tsv`, kind `page`), so the readers
/// of paged formats and the cleaner agree on what a page number is. The table is read once
/// per process.
struct PageNumberLines {
  private static let cleaner: TextCleaner? = try? TextCleaner.standard()

  /// Whether `line` is a page number and nothing else.
  func matches(_ line: String) -> Bool { Self.cleaner?.isPageNumberLine(line) ?? false }
}
