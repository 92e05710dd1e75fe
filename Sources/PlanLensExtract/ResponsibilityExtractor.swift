import Foundation
import PlanLensModel
import PlanLensText

/// Finds who owns each task: responsibility brackets in any bracket of
/// `responsibility-cues.tsv` (（牵头单位：…，参与单位：…）, （A、B牵头，C配合）, ［A、B按职责分工负责］)
/// and sentences (本规划由区民政局负责牵头实施, A会同B…). Units are split on 、，；, kept as
/// printed, and resolved to canonical departments with their level.
struct ResponsibilityExtractor: Sendable {
  let cues: ResponsibilityCues
  let resolver: DepartmentResolver
  let endings: DepartmentEndings
  let parser: ResponsibilityBracketParser

  init(labels: [(label: String, role: String)], resolver: DepartmentResolver) throws {
    self.init(
      cues: try ResponsibilityCues.standard(labels: labels), resolver: resolver,
      endings: try DepartmentEndings.standard())
  }

  init(cues: ResponsibilityCues, resolver: DepartmentResolver, endings: DepartmentEndings) {
    self.cues = cues
    self.resolver = resolver
    self.endings = endings
    parser = ResponsibilityBracketParser(cues: cues)
  }

  func extract(_ doc: DocumentText) -> [Responsibility] {
    let s = doc.normalized.scalars
    let firstListed = cues.firstListed.contains { ResponsibilityScalars.find($0, in: s, 0..<s.count) != nil }
    var out: [Responsibility] = []
    var taken: [Range<Int>] = []
    var i = 0
    while i < s.count {
      guard let close = closing(of: i, in: s), let r = bracket(i..<(close + 1), doc, firstListed: firstListed) else {
        i += 1
        continue
      }
      out.append(r)
      taken.append(i..<(close + 1))
      i = close + 1
    }
    for group in labelLines(s) where !taken.contains(where: { $0.overlaps(group) }) {
      guard let r = labelled(group, doc, firstListed: firstListed) else { continue }
      out.append(r)
      taken.append(group)
    }
    let scanner = ResponsibilitySentenceScanner(
      cues: cues, parser: parser, isOrganisation: { isOrganisation(doc.printed($0)) },
      leadingName: { leadingName($0, doc) })
    for st in scanner.scan(s, skipping: taken) {
      let planLevel = st.planSubject || inClosingSection(st.range.lowerBound, doc)
      out.append(
        responsibility(
          lead: st.lead.map { name($0, doc) }, support: st.support.map { name($0, doc) }, range: st.range, doc,
          planLevel: planLevel))
    }
    return out.sorted { $0.span.start < $1.span.start }
  }

  /// The index of the bracket closing the one opened at `open`, on the same line.
  private func closing(of open: Int, in s: TextScalars) -> Int? {
    guard let close = cues.brackets[s[open]] else { return nil }
    var depth = 0
    var k = open
    while k < s.count, s[k] != "\n" {
      if cues.brackets[s[k]] != nil {
        depth += 1
      } else if cues.closers.contains(s[k]) {
        depth -= 1
        if depth == 0 { return s[k] == close ? k : nil }
      }
      k += 1
    }
    return nil
  }

  /// Runs of lines that open with a label (牵头单位：市民政局 / 【责任单位】市民政局), outside brackets.
  private func labelLines(_ s: TextScalars) -> [Range<Int>] {
    var groups: [Range<Int>] = []
    var start = 0
    var previousLabelled = false
    while start < s.count {
      var end = start
      while end < s.count, s[end] != "\n" { end += 1 }
      let t = ResponsibilityScalars.trimmed(start..<end, in: s)
      let labelled = !t.isEmpty && parser.label(at: t.lowerBound, in: s, before: t.upperBound) != nil
      if labelled, previousLabelled, let last = groups.popLast() {
        groups.append(last.lowerBound..<t.upperBound)
      } else if labelled {
        groups.append(t)
      }
      previousLabelled = labelled
      start = end + 1
    }
    return groups
  }

  /// The responsibility a bracket states, if it states one.
  private func bracket(_ range: Range<Int>, _ doc: DocumentText, firstListed: Bool) -> Responsibility? {
    responsibility(in: (range.lowerBound + 1)..<(range.upperBound - 1), quoting: range, doc, firstListed: firstListed)
  }

  /// The responsibility of label lines; every unit must name an organisation.
  private func labelled(_ range: Range<Int>, _ doc: DocumentText, firstListed: Bool) -> Responsibility? {
    responsibility(in: range, quoting: range, doc, firstListed: firstListed, strict: true)
  }

  /// The responsibility `content` states, quoted as `range`. Units named by a role word must
  /// name organisations; with `strict`, units named by a label too.
  private func responsibility(
    in content: Range<Int>, quoting range: Range<Int>, _ doc: DocumentText, firstListed: Bool, strict: Bool = false
  ) -> Responsibility? {
    let s = doc.normalized.scalars
    guard let parse = parser.parse(s, content) else { return nil }
    var named: [(role: ResponsibilityRole, units: [String])] = []
    for segment in parse.segments {
      let units = segment.units.map { name($0, doc) }
      if strict || !segment.labelled, !units.allSatisfy(isOrganisation) { return nil }
      named.append((segment.role, units))
    }
    let hasLead = named.contains { $0.role == .lead }
    let firstLeads = !hasLead && (firstListed || parse.statesFirstListed)
    var lead: [String] = []
    var support: [String] = []
    for (role, units) in named {
      switch role {
      case .lead: lead += units
      case .support: support += units
      case .duty where hasLead: support += units
      case .duty where firstLeads && lead.isEmpty:
        lead.append(units[0])
        support += units.dropFirst()
      case .duty: if firstLeads { support += units } else { lead += units }
      }
    }
    return responsibility(lead: lead, support: support, range: range, doc, planLevel: false)
  }

  private func responsibility(
    lead: [String], support: [String], range: Range<Int>, _ doc: DocumentText, planLevel: Bool
  ) -> Responsibility {
    let (quote, span) = doc.quote(range)
    let region = planLevel ? nil : doc.region(at: range.lowerBound)
    return Responsibility(
      heading: region?.heading?.id, provision: region?.provision?.id,
      lead: lead.map { resolver.department(named: $0) }, support: support.map { resolver.department(named: $0) },
      quote: quote, span: span)
  }

  /// A unit as printed (full-width brackets kept), trimmed.
  private func name(_ range: Range<Int>, _ doc: DocumentText) -> String {
    doc.printed(range).trimmingCharacters(in: .whitespaces)
  }

  private func isOrganisation(_ name: String) -> Bool {
    endings.isOrganisation(
      name, aliases: resolver.table, nameBreaks: cues.nameBreaks.map { ScalarText.string($0) })
  }

  /// The longest start of `range` that ends with a department alias, else the shortest that
  /// ends with an organisation ending (有关部门做好规划… → 有关部门).
  private func leadingName(_ range: Range<Int>, _ doc: DocumentText) -> Range<Int>? {
    guard range.count >= 2 else { return nil }
    let starts = ((range.lowerBound + 2)...range.upperBound).map { range.lowerBound..<$0 }
    if let alias = starts.last(where: { resolver.table.suffixMatch(doc.printed($0)) != nil }) { return alias }
    return starts.first { isOrganisation(doc.printed($0)) }
  }

  /// Whether `index` lies in the closing part of the plan: the last top-level heading, titled
  /// with a closing-section cue (组织实施, 保障措施).
  private func inClosingSection(_ index: Int, _ doc: DocumentText) -> Bool {
    guard let last = doc.outline.headings.last(where: { $0.parent == nil }),
      cues.closingSections.contains(where: last.title.includes),
      let region = doc.region(at: index), let h = region.heading
    else { return false }
    return topAncestor(of: h, doc) == last.id
  }

  private func topAncestor(of h: Heading, _ doc: DocumentText) -> String {
    var current = h
    while let p = current.parent, let parent = doc.outline.headings.first(where: { $0.id == p }) { current = parent }
    return current.id
  }
}

extension ResponsibilityExtractor {
  /// A rule table of this module by file name, for the tests that fire every row.
  static func table(_ name: String) throws -> DataTable {
    try DataTable.load(name, in: .module)
  }
}
