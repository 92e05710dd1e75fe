import Foundation
import PlanLensModel
import PlanLensText

/// The optional catalogue of `indicators.tsv`: it names clusters of indicator wordings and can
/// force or forbid a merge. Alignment does not need it (see ``IndicatorClusterer``).
///
/// A row names a wording when all fragments of one of its synonyms appear in the indicator (or,
/// for a synonym of two fragments or more, in its quote) and none of its exclusions; the most
/// specific row wins. Wordings one row names are joined even when their words differ (force);
/// wordings of two different rows are never joined (forbid), and an exclusion keeps a wording
/// out of a row. Facets still apply: the catalogue never joins an increment with a total.
public struct IndicatorCatalog: Sendable {
  /// One canonical indicator.
  public struct Entry: Sendable, Hashable {
    public var canonical: String
    public var unit: String?
    /// Alternatives, each a set of fragments that must all appear.
    public var synonyms: [[String]]
    public var exclusions: [String]
  }

  public let entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The catalog shipped with PlanLens.
  public static func standard() throws -> IndicatorCatalog {
    let table = try DataTable.load("indicators.tsv", in: .module)
    var entries: [Entry] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, !row[0].isEmpty, !row[2].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected canonical, unit, synonyms")
      }
      let synonyms = row[2].split(separator: "|").map { $0.split(separator: "+").map(String.init) }
      let exclusions = row.count > 3 ? row[3].split(separator: "|").map(String.init) : []
      entries.append(
        Entry(canonical: row[0], unit: row[1].isEmpty ? nil : row[1], synonyms: synonyms, exclusions: exclusions))
    }
    return IndicatorCatalog(entries: entries)
  }

  /// The canonical name the catalogue gives a quantity's wording, or nil when no row names it.
  public func entry(for quantity: Quantity) -> String? {
    let text = Self.key(quantity.indicator + "|" + quantity.quote)
    let indicator = Self.key(quantity.indicator)
    if let best = best(in: indicator, quantity: quantity, minimumFragments: 1) { return best }
    // The quote may carry what the indicator left out (a scope, a subject before 按照).
    return best(in: text, quantity: quantity, minimumFragments: 2)
  }

  private func best(in text: String, quantity: Quantity, minimumFragments: Int) -> String? {
    var best: (Entry, Int)? = nil
    for entry in entries where entry.unit == nil || entry.unit == quantity.unit {
      if entry.exclusions.contains(where: { text.contains($0) }) { continue }
      for synonym in entry.synonyms
      where synonym.count >= minimumFragments && synonym.allSatisfy({ text.contains($0) }) {
        let weight = synonym.reduce(0) { $0 + $1.count }
        if weight > (best?.1 ?? 0) { best = (entry, weight) }
      }
    }
    return best?.0.canonical
  }

  /// The indicator without spaces, quotes and bracket style, for matching.
  static func key(_ s: String) -> String {
    String(
      String.UnicodeScalarView(s.unicodeScalars.filter { !ScalarText.isWhitespace($0) && !quoting.contains($0) })
    ).withFullWidthBrackets
  }

  /// Quotes and title marks, which matching ignores.
  private static let quoting = Punctuation.openingQuotes.union(Punctuation.closingQuotes)
    .union(Punctuation.straightQuotes).union(Punctuation.titleMarks)
}
