/// The deadlines and milestones that fall in one year.
public struct TimelineYear: Codable, Sendable, Hashable {
  public var year: Int
  public var events: [TimelineEvent]
}

/// A target due in a year, or a milestone ending in it.
public struct TimelineEvent: Codable, Sendable, Hashable {
  public var document: String
  public var jurisdiction: String
  /// "target" or "milestone".
  public var kind: String
  public var label: String
  /// The figure (≥ 70%) for a target.
  public var figure: String?
  public var quote: String
}
