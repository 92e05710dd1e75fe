/// How `documents.page_starts` holds a paged source's page map: the offsets where pages start,
/// comma-separated ("0,1834,3920").
enum PageStartsColumn {
  static func text(_ pageStarts: [Int]) -> String {
    pageStarts.map(String.init).joined(separator: ",")
  }

  /// The offsets of `text`, nil when it is not a list of offsets.
  static func pageStarts(_ text: String) -> [Int]? {
    let values = text.split(separator: ",").map { Int($0) }
    guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
    return values.compactMap { $0 }
  }
}
