/// Why two wordings share one indicator row: the catalogue names both, or their ICU words are
/// alike with the same head noun (and, always, the same facets).
public struct IndicatorMerge: Codable, Sendable, Hashable {
  /// How two wordings were joined.
  public enum Reason: String, Codable, Sendable, Hashable {
    /// Both match the same row of `indicators.tsv`.
    case catalogue
    /// Their ICU words overlap enough (Dice) and end in the same head noun.
    case similarity
  }

  public var first: String
  public var second: String
  public var reason: Reason
  /// The Dice overlap of their ICU words (facet cues left out), 0…1, rounded to three places.
  public var similarity: Double
  /// The head noun both end in (床位, 覆盖率, 探访率).
  public var head: String
  /// The catalogue row that named both, for a catalogue merge.
  public var catalogue: String?

  /// One line for the reports: why the two wordings are one indicator.
  public var explanation: String {
    switch reason {
    case .catalogue: return "\(first) = \(second): catalogue row \(catalogue ?? "")"
    case .similarity:
      return "\(first) = \(second): head noun \(head), word overlap \(similarity)"
    }
  }
}
