/// The provisions two plans share (addressing the same task) and those unique to each.
public struct PlanPairAlignment: Codable, Sendable, Hashable {
  public var first: String
  public var second: String
  public var matches: [AlignedProvisions]
  /// Labels and titles of provisions with no counterpart in the other plan.
  public var onlyInFirst: [String]
  public var onlyInSecond: [String]
}

/// Two provisions, one from each plan, that address the same task.
public struct AlignedProvisions: Codable, Sendable, Hashable {
  public var first: String
  public var second: String
  /// Jaccard similarity of their ICU words, 0…1.
  public var similarity: Double
}
