import PlanLensModel

/// Look-ups over one extracted document that the diff needs: headings by id, the provision a
/// heading is, each provision's enclosing sections and its text without its label.
struct DiffDocumentIndex: Sendable {
  let document: ExtractedDocument
  /// Heading id → position in `document.headings`.
  let headingPosition: [String: Int]
  /// Heading id → position in `document.provisions` of the provision that heading is.
  let provisionOfHeading: [String: Int]
  /// Provision id → position in `document.provisions`.
  let provisionPosition: [String: Int]
  /// Positions in `document.headings` of the headings that are not provisions (sections).
  let sectionPositions: [Int]
  /// Each provision's text without its label, leading spaces dropped.
  let bodies: [String]
  /// Each body with all white space removed: what "unchanged" compares.
  let normalizedBodies: [String]

  init(_ document: ExtractedDocument) {
    self.document = document
    var headingPosition: [String: Int] = [:]
    for (i, h) in document.headings.enumerated() { headingPosition[h.id] = i }
    var provisionOfHeading: [String: Int] = [:]
    var provisionPosition: [String: Int] = [:]
    for (i, p) in document.provisions.enumerated() {
      provisionOfHeading[p.heading] = i
      provisionPosition[p.id] = i
    }
    self.headingPosition = headingPosition
    self.provisionOfHeading = provisionOfHeading
    self.provisionPosition = provisionPosition
    sectionPositions = document.headings.indices.filter { provisionOfHeading[document.headings[$0].id] == nil }
    bodies = document.provisions.map(Self.body)
    normalizedBodies = bodies.map {
      String(String.UnicodeScalarView($0.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
  }

  /// A provision's text after its printed label.
  static func body(of provision: Provision) -> String {
    var text = Substring(provision.text)
    if !provision.label.isEmpty, text.hasPrefix(provision.label) { text = text.dropFirst(provision.label.count) }
    return String(text.drop { $0.isWhitespace })
  }

  var provisions: [Provision] { document.provisions }
  var headings: [Heading] { document.headings }

  func heading(_ id: String?) -> Heading? {
    guard let id, let i = headingPosition[id] else { return nil }
    return document.headings[i]
  }

  /// The id of the heading that encloses provision `i`, nil at the top.
  func parentID(ofProvision i: Int) -> String? {
    heading(document.provisions[i].heading)?.parent
  }

  /// The ids of the headings above heading `id`, nearest first.
  func ancestorIDs(ofHeading id: String) -> [String] {
    var out: [String] = []
    var current = heading(id)?.parent
    while let c = current, out.count < 32 {
      out.append(c)
      current = heading(c)?.parent
    }
    return out
  }

  /// "label title" of a heading, as the path shows it.
  static func caption(_ heading: Heading) -> String {
    caption(label: heading.label, title: heading.title)
  }

  /// Label and title joined, with a space after a Latin label ("4. 扩大…", "（二）加强…").
  static func caption(label: String, title: String) -> String {
    guard let last = label.unicodeScalars.last else { return title }
    return last.isASCII ? label + " " + title : label + title
  }

  /// Provision `i` as the diff reports it.
  func snapshot(ofProvision i: Int) -> ProvisionSnapshot {
    let p = document.provisions[i]
    let path = ancestorIDs(ofHeading: p.heading).reversed().compactMap { heading($0).map(Self.caption) }
    return ProvisionSnapshot(p, path: path)
  }

  /// "label title" of provision `i`.
  func caption(ofProvision i: Int) -> String {
    Self.caption(label: document.provisions[i].label, title: document.provisions[i].title)
  }
}
