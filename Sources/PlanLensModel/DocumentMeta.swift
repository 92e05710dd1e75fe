/// Metadata of a plan: what it is, who issued it, where and when it applies.
public struct DocumentMeta: Codable, Hashable, Sendable {
  /// The plan's own title (not the cover notice's), without 《》 or a draft marker.
  public var title: String?
  public var jurisdiction: Jurisdiction
  /// The level of the issuing government (national, province, city, county).
  public var level: AdministrativeLevel?
  /// The closing word of the title's kind: 规划, 实施方案, 实施意见, 行动方案, …
  public var docType: String?
  /// Draft for 征求意见稿 / 草案 / 送审稿, else final.
  public var status: DocumentStatus
  /// The issuing office as printed, e.g. 泰安市泰山区人民政府办公室.
  public var issuer: String?
  /// The document number, e.g. 泰山政办发〔2021〕9号.
  public var docNumber: String?
  /// ISO date of issue, e.g. "2021-08-31".
  public var issueDate: String?
  public var period: Period

  public init(
    title: String? = nil, jurisdiction: Jurisdiction = Jurisdiction(), level: AdministrativeLevel? = nil,
    docType: String? = nil, status: DocumentStatus = .final, issuer: String? = nil,
    docNumber: String? = nil, issueDate: String? = nil, period: Period = Period()
  ) {
    self.title = title
    self.jurisdiction = jurisdiction
    self.level = level
    self.docType = docType
    self.status = status
    self.issuer = issuer
    self.docNumber = docNumber
    self.issueDate = issueDate
    self.period = period
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(title, forKey: .title)
    try c.encode(jurisdiction, forKey: .jurisdiction)
    try c.encode(level, forKey: .level)
    try c.encode(docType, forKey: .docType)
    try c.encode(status, forKey: .status)
    try c.encode(issuer, forKey: .issuer)
    try c.encode(docNumber, forKey: .docNumber)
    try c.encode(issueDate, forKey: .issueDate)
    try c.encode(period, forKey: .period)
  }
}

/// The administrative place a plan belongs to, names in full (山东省, 济宁市, 兖州区).
public struct Jurisdiction: Codable, Hashable, Sendable {
  public var province: String?
  public var city: String?
  public var county: String?
  /// The 12-digit administrative code of the most specific unit, when known.
  public var code: String?

  public init(province: String? = nil, city: String? = nil, county: String? = nil, code: String? = nil) {
    self.province = province
    self.city = city
    self.county = county
    self.code = code
  }

  /// The most specific name: county, else city, else province.
  public var name: String? { county ?? city ?? province }

  /// Province, city and county separated by spaces ("山东省 济宁市 兖州区"); a municipality that is
  /// both province and city is named once; "" when unknown.
  public var displayName: String {
    var names: [String] = []
    for name in [province, city, county].compactMap({ $0 }) where names.last != name {
      names.append(name)
    }
    return names.joined(separator: " ")
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(province, forKey: .province)
    try c.encode(city, forKey: .city)
    try c.encode(county, forKey: .county)
    try c.encode(code, forKey: .code)
  }
}

/// A plan period in years; either end may be unknown.
public struct Period: Codable, Hashable, Sendable {
  public var start: Int?
  public var end: Int?

  public init(start: Int? = nil, end: Int? = nil) {
    self.start = start
    self.end = end
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }
}
