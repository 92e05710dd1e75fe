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

  /// The rows of each naming table, the table that names first first.
  public let tables: [[Theme]]
  /// Every row, table by table.
  public var themes: [Theme] { tables.flatMap { $0 } }

  public init(themes: [Theme]) {
    self.tables = [themes]
  }

  public init(tables: [[Theme]]) {
    self.tables = tables
  }

  /// A table names a report's themes only when it knows at least this share of the terms the
  /// best-fitting table knows: another field's table would otherwise name the few terms fields
  /// share (人才, 互联网) in its own field's words.
  static let fieldShare = 1.0 / 3.0

  /// The catalog of the tables that fit `terms`, those that name most of them first, so a
  /// report's own field names its themes (an elderly-care report by the elderly-care table)
  /// and a report over several fields by each field's table. Ties keep file-name order.
  public func fitted(to terms: [String]) -> ThemeCatalog {
    let named = tables.map { table in
      terms.filter { term in table.contains { $0.name == term || $0.keywords.contains(term) } }.count
    }
    let best = named.max() ?? 0
    let order = tables.indices.filter { best > 0 && Double(named[$0]) >= Self.fieldShare * Double(best) }
      .sorted { named[$0] != named[$1] ? named[$0] > named[$1] : $0 < $1 }
    return ThemeCatalog(tables: order.map { tables[$0] })
  }

  /// Every naming table shipped with PlanLens, in file-name order.
  public static func standard() throws -> ThemeCatalog {
    let folders = [Bundle.module.resourcePath, Bundle.module.resourcePath.map { $0 + "/Resources" }].compactMap { $0 }
    let names = Set(folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] })
      .filter { $0.hasPrefix(tablePrefix) && $0.hasSuffix(".tsv") }.sorted()
    var tables: [[Theme]] = []
    for name in names {
      var themes: [Theme] = []
      let table = try DataTable.load(name, in: .module)
      for (i, row) in table.rows.enumerated() {
        guard row.count >= 2, !row[0].isEmpty, !row[1].isEmpty else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected theme and keywords")
        }
        themes.append(Theme(name: row[0], keywords: row[1].split(separator: "|").map(String.init)))
      }
      tables.append(themes)
    }
    return ThemeCatalog(tables: tables)
  }

  /// The name the first table that knows key term `term` gives it: its row named so, else its
  /// first row listing it as a keyword.
  public func name(for term: String) -> String? {
    for table in tables {
      if let row = table.first(where: { $0.name == term }) ?? table.first(where: { $0.keywords.contains(term) }) {
        return row.name
      }
    }
    return nil
  }
}
