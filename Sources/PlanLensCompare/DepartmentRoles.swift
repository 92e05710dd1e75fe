/// A canonical department and its roles in each document.
public struct DepartmentRoles: Codable, Sendable, Hashable {
  public var canonical: String
  public var cells: [DepartmentCell]
  /// The document, when only one names this department.
  public var onlyIn: String?
}

/// How often a department leads or supports in one document.
public struct DepartmentCell: Codable, Sendable, Hashable {
  public var document: String
  public var lead: Int
  public var support: Int
}
