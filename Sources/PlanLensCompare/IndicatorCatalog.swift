import Foundation
import PlanLensModel
import PlanLensText

/// The canonical indicators of `indicators.tsv` and how a quantity's wording maps onto them.
///
/// A row matches when all fragments of one of its synonyms appear in the indicator (and none of
/// its exclusions); the most specific row wins. Wordings that match no row fall back to ICU word
/// similarity with the canonical names; below the threshold the quantity stays unmatched.
public struct IndicatorCatalog: Sendable {
  /// One canonical indicator.
  public struct Entry: Sendable, Hashable {
    public var canonical: String
    public var unit: String?
    /// Alternatives, each a set of fragments that must all appear.
    public var synonyms: [[String]]
    public var exclusions: [String]
    /// ICU words of the canonical name, for the similarity fallback.
    var words: Set<String>
  }

  public let entries: [Entry]
  /// Word-overlap (Dice) needed for the similarity fallback.
  public let fallbackThreshold: Double
  let segmenter = TextSegmenter()

  public init(entries: [Entry], fallbackThreshold: Double = 0.6) {
    self.entries = entries
    self.fallbackThreshold = fallbackThreshold
  }

  /// The catalog shipped with PlanLens.
  public static func standard() throws -> IndicatorCatalog {
    let table = try DataTable.load("indicators.tsv", in: .module)
    let segmenter = TextSegmenter()
    var entries: [Entry] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, !row[0].isEmpty, !row[2].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected canonical, unit, synonyms")
      }
      let synonyms = row[2].split(separator: "|").map { $0.split(separator: "+").map(String.init) }
      let exclusions = row.count > 3 ? row[3].split(separator: "|").map(String.init) : []
      let words = Set(try segmenter.words(in: row[0]).filter(\.isWord).map(\.text))
      entries.append(
        Entry(
          canonical: row[0], unit: row[1].isEmpty ? nil : row[1], synonyms: synonyms, exclusions: exclusions,
          words: words))
    }
    return IndicatorCatalog(entries: entries)
  }

  /// The canonical indicator of a quantity, or nil when none is close enough.
  public func canonical(for quantity: Quantity) -> (name: String, exact: Bool)? {
    let text = Self.key(quantity.indicator + "|" + quantity.quote)
    let indicator = Self.key(quantity.indicator)
    var best: (Entry, Int)? = nil
    for entry in entries where entry.unit == nil || entry.unit == quantity.unit {
      if entry.exclusions.contains(where: { indicator.contains($0) }) { continue }
      for synonym in entry.synonyms where synonym.allSatisfy({ indicator.contains($0) }) {
        let weight = synonym.reduce(0) { $0 + $1.count }
        if weight > (best?.1 ?? 0) { best = (entry, weight) }
      }
    }
    // The quote may carry what the indicator left out (a scope, a subject before 按照).
    if best == nil {
      for entry in entries where entry.unit == nil || entry.unit == quantity.unit {
        if entry.exclusions.contains(where: { text.contains($0) }) { continue }
        for synonym in entry.synonyms where synonym.count > 1 && synonym.allSatisfy({ text.contains($0) }) {
          let weight = synonym.reduce(0) { $0 + $1.count }
          if weight > (best?.1 ?? 0) { best = (entry, weight) }
        }
      }
    }
    if let best { return (best.0.canonical, true) }
    guard let words = try? Set(segmenter.words(in: quantity.indicator).filter(\.isWord).map(\.text)), !words.isEmpty
    else { return nil }
    var fallback: (Entry, Double)? = nil
    for entry in entries where entry.unit == nil || entry.unit == quantity.unit {
      if entry.exclusions.contains(where: { indicator.contains($0) }) { continue }
      let dice = 2 * Double(words.intersection(entry.words).count) / Double(words.count + entry.words.count)
      if dice >= fallbackThreshold, dice > (fallback?.1 ?? 0) { fallback = (entry, dice) }
    }
    return fallback.map { ($0.0.canonical, false) }
  }

  /// The indicator without spaces, quotes and bracket style, for matching.
  static func key(_ s: String) -> String {
    let quoting = Punctuation.openingQuotes.union(Punctuation.closingQuotes).union(Punctuation.straightQuotes)
      .union(Punctuation.titleMarks)
    return String(
      String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace && !quoting.contains($0) })
    ).withFullWidthBrackets
  }
}
