import PlanLensExtract
import PlanLensModel
import PlanLensText

/// Reads an indicator's facets (`indicator-facets.tsv` and the unit dimensions of `units.tsv`).
public struct IndicatorFacetReader: Sendable {
  /// One cue of one facet.
  struct Cue: Sendable, Hashable {
    var facet: Facet
    var text: String
    var value: String
  }

  /// The facets a cue may set.
  enum Facet: String, Sendable, CaseIterable {
    case change, period, scope
  }

  /// The dimension of a figure without a unit.
  static let noUnit = "none"

  let cues: [Cue]
  let units: UnitDimensions
  let segmenter = TextSegmenter()

  init(cues: [Cue], units: UnitDimensions) {
    // Longest first, so 累计新增 wins over 新增.
    self.cues = cues.sorted { $0.text.count != $1.text.count ? $0.text.count > $1.text.count : $0.text < $1.text }
    self.units = units
  }

  /// The tables shipped with PlanLens.
  public static func standard() throws -> IndicatorFacetReader {
    let table = try DataTable.load("indicator-facets.tsv", in: .module)
    var cues: [Cue] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 3, let facet = Facet(rawValue: row[0]), !row[1].isEmpty, !row[2].isEmpty,
        !row[2].contains(" ")
      else {
        throw DataTableError.badRow(
          table: table.name, row: i + 1, reason: "expected change, period or scope; a cue; a one-word value")
      }
      cues.append(Cue(facet: facet, text: row[1], value: row[2]))
    }
    return IndicatorFacetReader(cues: cues, units: try UnitDimensions.standard())
  }

  /// The facets of `quantity`.
  public func facets(of quantity: Quantity) -> IndicatorFacets {
    let text = IndicatorCatalog.key((quantity.scope ?? "") + quantity.indicator)
    let found = matches(in: text)
    return IndicatorFacets(
      dimension: units.dimension(of: quantity.unit) ?? quantity.unit ?? Self.noUnit,
      change: found.first { $0.facet == .change }?.value, period: found.first { $0.facet == .period }?.value,
      scope: Array(Set(found.filter { $0.facet == .scope }.map(\.value))).sorted(), kind: quantity.kind)
  }

  /// The cues found in `text`, longest first; a cue inside a longer one found already is skipped.
  func matches(in text: String) -> [Cue] {
    let scalars = Array(text.unicodeScalars)
    let segments = (try? segmenter.words(in: text)) ?? []
    let boundaries = Set(segments.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
    var taken = [Bool](repeating: false, count: scalars.count)
    var out: [Cue] = []
    for cue in cues {
      let needle = Array(cue.text.unicodeScalars)
      guard !needle.isEmpty, needle.count <= scalars.count else { continue }
      for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
        let end = start + needle.count
        if taken[start..<end].contains(true) { continue }
        // A one-character cue (周, 月, 日) must be a word of its own, not part of 周边 or 日常.
        if needle.count == 1, !(boundaries.contains(start) && boundaries.contains(end)) { continue }
        for k in start..<end { taken[k] = true }
        out.append(cue)
      }
    }
    return out
  }

  /// The words of `text` that are facet cues, so word similarity compares only what is left.
  func cueWords(in text: String) -> Set<String> {
    Set(matches(in: text).map(\.text))
  }
}
