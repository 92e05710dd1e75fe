/// The structure of one document: its parts and its hierarchy of headings and provisions.
public struct DocumentOutline: Codable, Hashable, Sendable {
  /// The cover notice (关于印发…的通知 with its addressees and signature), when there is one.
  public var notice: Span?
  /// The lines before the first heading of the body that name the plan (title, draft marker).
  public var titleBlock: Span?
  /// The body of the plan, from its title to the end of its last heading's text.
  public var body: Span?
  public var headings: [Heading]
  public var provisions: [Provision]

  public init(
    notice: Span? = nil, titleBlock: Span? = nil, body: Span? = nil, headings: [Heading] = [],
    provisions: [Provision] = []
  ) {
    self.notice = notice
    self.titleBlock = titleBlock
    self.body = body
    self.headings = headings
    self.provisions = provisions
  }

  /// The heading with this id.
  public func heading(id: String) -> Heading? {
    headings.first { $0.id == id }
  }
}
