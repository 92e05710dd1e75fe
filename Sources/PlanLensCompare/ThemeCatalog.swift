import Foundation
import PlanLensText

/// The themes of `themes.tsv` and the keywords that show a provision addresses one.
public struct ThemeCatalog: Sendable {
  public struct Theme: Sendable, Hashable {
    public var name: String
    public var keywords: [String]
  }

  public let themes: [Theme]

  public init(themes: [Theme]) {
    self.themes = themes
  }

  /// The catalog shipped with PlanLens.
  public static func standard() throws -> ThemeCatalog {
    let table = try DataTable.load("themes.tsv", in: .module)
    var themes: [Theme] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected theme and keywords")
      }
      themes.append(Theme(name: row[0], keywords: row[1].split(separator: "|").map(String.init)))
    }
    return ThemeCatalog(themes: themes)
  }

  /// The themes a provision's title and text address.
  public func themes(of text: String) -> [String] {
    themes.filter { theme in theme.keywords.contains(where: text.contains) }.map(\.name)
  }
}
