/// One theme across documents: which provisions address it.
public struct ThemeCoverage: Codable, Sendable, Hashable {
  public var theme: String
  public var cells: [ThemeCell]
}

/// The provisions of one document that address a theme.
public struct ThemeCell: Codable, Sendable, Hashable {
  public var document: String
  public var count: Int
  /// Label and title of each provision.
  public var provisions: [String]
}
