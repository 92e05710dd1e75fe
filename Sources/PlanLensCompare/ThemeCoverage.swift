/// One theme across documents: which provisions address it.
public struct ThemeCoverage: Codable, Sendable, Hashable {
  /// The naming table's name for the theme, else its key term.
  public var theme: String
  /// The key terms (ICU words) whose provisions make the theme.
  public var terms: [String]
  /// True when a naming table (`themes*.tsv`) gave the name.
  public var named: Bool
  public var cells: [ThemeCell]
}

/// The provisions of one document that address a theme.
public struct ThemeCell: Codable, Sendable, Hashable {
  public var document: String
  public var count: Int
  /// Label and title of each provision.
  public var provisions: [String]
}
