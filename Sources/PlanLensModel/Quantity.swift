/// A number of policy interest with what it measures, e.g. 养老机构护理型床位占比 ≥ 70% by 2026.
public struct Quantity: Codable, Hashable, Sendable {
  /// What the number is: a goal, a rule or parameter, or a fact about the present or past.
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case target, standard, baseline
  }

  public var kind: Kind
  /// The measured thing as worded in the text.
  public var indicator: String
  /// How the number binds: at least, more than, at most, less than, exactly, about.
  public var comparator: Comparator
  /// The number after normalisation (５万 → 50000, 百分之六十 → 60).
  public var value: Double
  /// The upper end of a range (2-5级 → 5), else nil.
  public var valueMax: Double?
  /// The unit as printed after the number: %, 张, 处, 平方米, 万元 …
  public var unit: String?
  public var deadline: Deadline?
  /// 全区, 全市, 每个街道镇 … when printed with the number.
  public var scope: String?
  /// Ids of the enclosing heading and provision.
  public var heading: String?
  public var provision: String?
  /// The exact source slice of `span`.
  public var quote: String
  public var span: Span

  public init(
    kind: Kind, indicator: String, comparator: Comparator, value: Double, valueMax: Double? = nil,
    unit: String?, deadline: Deadline?, scope: String?, heading: String?, provision: String?,
    quote: String, span: Span
  ) {
    self.kind = kind
    self.indicator = indicator
    self.comparator = comparator
    self.value = value
    self.valueMax = valueMax
    self.unit = unit
    self.deadline = deadline
    self.scope = scope
    self.heading = heading
    self.provision = provision
    self.quote = quote
    self.span = span
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(indicator, forKey: .indicator)
    try c.encode(comparator, forKey: .comparator)
    try c.encode(WholeNumber(value), forKey: .value)
    try c.encode(valueMax.map(WholeNumber.init), forKey: .valueMax)
    try c.encode(unit, forKey: .unit)
    try c.encode(deadline, forKey: .deadline)
    try c.encode(scope, forKey: .scope)
    try c.encode(heading, forKey: .heading)
    try c.encode(provision, forKey: .provision)
    try c.encode(quote, forKey: .quote)
    try c.encode(span, forKey: .span)
  }
}

/// A deadline that governs a number: 到2025年 → year 2025; 年底前 → month 12, day 31.
public struct Deadline: Codable, Hashable, Sendable {
  /// Where a deadline came from, so a researcher can tell a printed date from an inferred one.
  public enum Source: String, Codable, Hashable, Sendable, CaseIterable {
    /// Printed in the number's own sentence (到2025年，…).
    case sentence
    /// Shared by the list the number belongs to (分别达到70%和50%).
    case list
    /// A goals statement earlier in the section (2025年的主要目标是：…).
    case goals
    /// The opening of an enclosing section (发展目标。到2025年，… over its sub-headings).
    case section
    /// 年底前 / 年内 without a year: the document's year.
    case documentYear
    /// A duration counted from the plan's start or issue year (三年内 → start + 2).
    case relative
  }

  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// The deadline as printed.
  public var text: String
  /// Where it came from; nil when not recorded (older stores).
  public var source: Source?

  public init(year: Int?, month: Int? = nil, day: Int? = nil, text: String, source: Source? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.text = text
    self.source = source
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(year, forKey: .year)
    try c.encode(month, forKey: .month)
    try c.encode(day, forKey: .day)
    try c.encode(text, forKey: .text)
    try c.encode(source, forKey: .source)
  }

  /// The same deadline recorded as coming from `source`.
  public func from(_ source: Source) -> Deadline {
    var d = self
    d.source = source
    return d
  }
}
