import Foundation
import PlanLensText

/// Naming tables for derived themes (`themes*.tsv`: `themes.tsv` for elderly care,
/// `themes-innovation.tsv` for the digital economy, science and education …): a derived theme
/// whose key term is one of a row's keywords takes the row's name, and derived themes named by
/// one row are one theme. A field without a table keeps its key terms as names.
public struct ThemeCatalog: Sendable {
  /// One named theme and the key terms it names.
  public struct Theme: Sendable, Hashable {
    public var name: String
    public var keywords: [String]
  }

  /// The naming tables' file names start with this and end in .tsv.
  static let tablePrefix = "themes"

  public let themes: [Theme]

  public init(themes: [Theme]) {
    self.themes = themes
  }

  /// Every naming table shipped with PlanLens, in file-name order.
  public static func standard() throws -> ThemeCatalog {
    let folders = [Bundle.module.resourcePath, Bundle.module.resourcePath.map { $0 + "/Resources" }].compactMap { $0 }
    let names = Set(folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] })
      .filter { $0.hasPrefix(tablePrefix) && $0.hasSuffix(".tsv") }.sorted()
    var themes: [Theme] = []
    for name in names {
      let table = try DataTable.load(name, in: .module)
      for (i, row) in table.rows.enumerated() {
        guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected theme and keywords")
        }
        themes.append(Theme(name: row[0], keywords: row[1].split(separator: "|").map(String.init)))
      }
    }
    return ThemeCatalog(themes: themes)
  }

  /// The name a table gives key term `term`: the first row named so, else the first listing it
  /// as a keyword.
  public func name(for term: String) -> String? {
    (themes.first { $0.name == term } ?? themes.first { $0.keywords.contains(term) })?.name
  }
}
