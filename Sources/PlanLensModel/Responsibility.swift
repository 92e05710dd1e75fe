/// Who owns a task: one responsibility bracket (（牵头单位：…，参与单位：…）) or sentence
/// (本规划由区民政局负责牵头实施).
public struct Responsibility: Codable, Hashable, Sendable {
  public var heading: String?
  public var provision: String?
  public var lead: [Department]
  public var support: [Department]
  public var quote: String
  public var span: Span

  public init(
    heading: String?, provision: String?, lead: [Department], support: [Department], quote: String,
    span: Span
  ) {
    self.heading = heading
    self.provision = provision
    self.lead = lead
    self.support = support
    self.quote = quote
    self.span = span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(heading, forKey: .heading)
    try c.encode(provision, forKey: .provision)
    try c.encode(lead, forKey: .lead)
    try c.encode(support, forKey: .support)
    try c.encode(quote, forKey: .quote)
    try c.encode(span, forKey: .span)
  }
}

/// A department as printed, with its canonical name and government level.
public struct Department: Codable, Hashable, Sendable {
  /// Exactly as printed: 市民政局, 各区（市）政府.
  public var name: String
  /// Jurisdiction level stripped and aliases resolved: 民政局, 卫生健康委员会.
  public var canonical: String?
  /// The level of the government it belongs to (national, province, city, county, town), or nil.
  public var level: AdministrativeLevel?

  public init(name: String, canonical: String?, level: AdministrativeLevel?) {
    self.name = name
    self.canonical = canonical
    self.level = level
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(canonical, forKey: .canonical)
    try c.encode(level, forKey: .level)
  }
}
