import PlanLensText

/// A level standing for the previous indicator at that level: 省级依申请事项网上可办率不低于90%，
/// 市、县级不低于70% → 市、县级依申请事项网上可办率.
///
/// Levels are the markers of department-levels.tsv (省, 市, 县 …) joined by 、 and closed by a
/// level suffix of indicator-stopwords.tsv (级).
struct LevelEllipsis: Sendable {
  let markers: [String]
  let suffixes: [String]

  /// The previous indicator at the levels `phrase` names, when `phrase` is levels only.
  func restore(_ phrase: String, previous: String) -> String? {
    guard !phrase.isEmpty, let length = levelsLength(phrase), length == phrase.count, previous.count > phrase.count
    else { return nil }
    let rest = levelsLength(previous).map { String(previous.dropFirst($0)) } ?? previous
    return rest.isEmpty ? nil : phrase + rest
  }

  /// The length of the levels that open `text` (省级, 市、县级), nil when none do.
  func levelsLength(_ text: String) -> Int? {
    var i = text.startIndex
    while i < text.endIndex {
      guard let marker = markers.filter({ text[i...].hasPrefix($0) }).max(by: { $0.count < $1.count }) else { break }
      i = text.index(i, offsetBy: marker.count)
      if let suffix = suffixes.first(where: { text[i...].hasPrefix($0) }) {
        i = text.index(i, offsetBy: suffix.count)
        return text.distance(from: text.startIndex, to: i)
      }
      guard i < text.endIndex, text[i] == Self.separator else { return nil }
      i = text.index(after: i)
    }
    return nil
  }

  static let separator = Character(Punctuation.listSeparator)
}
