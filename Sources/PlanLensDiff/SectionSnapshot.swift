import PlanLensModel

/// A section heading as one version prints it (the `old` or `new` of a section change): the
/// model's ``PlanLensModel/Heading`` without its parent, an id that means something only inside its
/// own document. Its fields read through (`section.label`, `section.span`).
@dynamicMemberLookup
public struct SectionSnapshot: Hashable, Sendable, Encodable {
  /// The heading, `parent` cleared.
  public private(set) var heading: Heading

  public init(_ heading: Heading) {
    self.heading = heading
    self.heading.parent = nil
  }

  /// The wrapped heading's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Heading, T>) -> T {
    heading[keyPath: field]
  }

  /// Label and title for a heading line: "二、重点任务", "4. 扩大长期照护服务供给".
  public var caption: String { DiffDocumentIndex.caption(label: heading.label, title: heading.title) }

  private enum CodingKeys: String, CodingKey {
    case id, level, label, title, span
  }

  /// The heading's fields but `parent`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(heading.id, forKey: .id)
    try c.encode(heading.level, forKey: .level)
    try c.encode(heading.label, forKey: .label)
    try c.encode(heading.title, forKey: .title)
    try c.encode(heading.span, forKey: .span)
  }
}
