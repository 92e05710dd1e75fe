import PlanLensModel

/// A provision as it stands in one version: the model's ``PlanLensModel/Provision`` with the
/// sections that enclose it. Its fields read through (`snapshot.id`, `snapshot.text`).
@dynamicMemberLookup
public struct ProvisionSnapshot: Hashable, Sendable, Encodable {
  /// The provision.
  public var provision: Provision
  /// Label and title of each enclosing heading, outermost first: ["二、重点任务", "（一）实施…行动"].
  public var path: [String]

  public init(_ provision: Provision, path: [String]) {
    self.provision = provision
    self.path = path
  }

  /// The wrapped provision's `field`.
  public subscript<T>(dynamicMember field: KeyPath<Provision, T>) -> T {
    provision[keyPath: field]
  }

  /// The text after the printed label, leading spaces dropped: what the word diff compares.
  public var body: String {
    var rest = Substring(provision.text)
    if !provision.label.isEmpty, rest.hasPrefix(provision.label) { rest = rest.dropFirst(provision.label.count) }
    return String(rest.drop { $0.isWhitespace })
  }

  /// Label and title for a heading line: "4. 扩大长期照护服务供给", "（二）加强政策支持".
  public var caption: String { DiffDocumentIndex.caption(label: provision.label, title: provision.title) }

  private enum CodingKeys: String, CodingKey {
    case path
  }

  /// The provision's own fields, and `path`.
  public func encode(to encoder: any Encoder) throws {
    try provision.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(path, forKey: .path)
  }
}
