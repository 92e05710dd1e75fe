import Foundation
import PlanLensModel
import PlanLensText

/// Builds the cross-jurisdiction comparison of a set of extracted plans: overview, indicator
/// matrix, theme coverage, provision alignment, responsibility matrix and timeline.
///
/// Output is deterministic: documents and names are ordered by zh collation, never by time.
public struct ComparisonBuilder: Sendable {
  let indicators: IndicatorCatalog
  let themes: ThemeCatalog
  let aligner: ProvisionAligner
  let collator: ChineseCollator
  /// Up to this many plans, every pair is aligned in the report; beyond, each plan's
  /// `closestPartners` most similar plans.
  public var detailedAlignmentLimit = 12
  public var closestPartners = 3

  public init() throws {
    indicators = try IndicatorCatalog.standard()
    themes = try ThemeCatalog.standard()
    aligner = ProvisionAligner()
    collator = try ChineseCollator()
  }

  public func compare(_ input: [ExtractedDocument]) -> Comparison {
    let ids = Self.ids(for: input)
    let ordered = collator.sorted(Array(zip(ids, input))) {
      ($0.1.meta.jurisdiction.name ?? "") + ($0.1.meta.title ?? "")
    }
    let docs = ordered.map(\.1)
    let docIDs = ordered.map(\.0)
    let places = docs.map { $0.meta.jurisdiction.name ?? "—" }
    let headingNames = docs.map { doc in
      Dictionary(
        uniqueKeysWithValues: doc.headings.map {
          ($0.id, ($0.label + " " + $0.title).trimmingCharacters(in: .whitespaces))
        })
    }

    let documents = docs.enumerated().map { i, doc in
      ComparedDocument(
        id: docIDs[i], path: doc.source.path, jurisdiction: places[i], meta: doc.meta, provisions: doc.provisions.count,
        quantities: doc.quantities.count, targets: doc.quantities.filter { $0.kind == .target }.count,
        departments: Set(doc.responsibilities.flatMap { $0.lead + $0.support }.map { $0.canonical ?? $0.name }).count)
    }
    let indicatorRows = compareIndicators(docs, ids: docIDs, places: places, headings: headingNames)
    return Comparison(
      documents: documents, indicators: indicatorRows, singlePlanIndicators: singlePlan(indicatorRows, ids: docIDs),
      themes: themeCoverage(docs, ids: docIDs), alignments: alignments(docs, ids: docIDs),
      departments: departmentRoles(docs, ids: docIDs), timeline: timeline(docs, ids: docIDs, places: places))
  }

  // MARK: - Indicators

  private func compareIndicators(
    _ docs: [ExtractedDocument], ids: [String], places: [String], headings: [[String: String]]
  ) -> [IndicatorComparison] {
    var groups: [String: (matched: Bool, entries: [IndicatorEntry])] = [:]
    for (i, doc) in docs.enumerated() {
      for q in doc.quantities {
        let match = indicators.canonical(for: q)
        let key = match?.name ?? IndicatorCatalog.key(q.indicator)
        guard !key.isEmpty else { continue }
        let entry = IndicatorEntry(
          quantity: q, document: ids[i], jurisdiction: places[i], approximate: match.map { !$0.exact } ?? false,
          heading: q.heading.flatMap { headings[i][$0] })
        groups[key, default: (match != nil, [])].entries.append(entry)
      }
    }
    let order = Dictionary(uniqueKeysWithValues: indicators.entries.enumerated().map { ($1.canonical, $0) })
    let matched = groups.filter { $0.value.matched }.sorted { (order[$0.key] ?? 0) < (order[$1.key] ?? 0) }
    let unmatched = collator.sorted(groups.filter { !$0.value.matched }.map { $0 }) { $0.key }
    return (matched + unmatched).map { key, group in
      IndicatorComparison(
        canonical: key, matched: group.matched, entries: Self.markAmbition(group.entries),
        documentCount: Set(group.entries.map(\.document)).count)
    }
  }

  /// Marks the highest and lowest ambition among entries of the same kind and unit in at least two
  /// documents: a higher floor (≥) or a lower ceiling (≤) is more ambitious.
  static func markAmbition(_ entries: [IndicatorEntry]) -> [IndicatorEntry] {
    var out = entries
    let groups = Dictionary(grouping: entries.indices) { "\(entries[$0].kind)|\(entries[$0].unit ?? "")" }
    for indices in groups.values where Set(indices.map { entries[$0].document }).count >= 2 {
      let isCeiling = { (i: Int) in entries[i].comparator.isCeiling }
      let ceilings = indices.filter(isCeiling)
      let floors = indices.filter { !isCeiling($0) }
      for (members, higherIsMore) in [(floors, true), (ceilings, false)]
      where Set(members.map { entries[$0].document }).count >= 2 {
        let values = members.map { entries[$0].value }
        guard let maxV = values.max(), let minV = values.min(), maxV > minV else { continue }
        for m in members {
          if entries[m].value == maxV { out[m].ambition = higherIsMore ? "highest" : "lowest" }
          if entries[m].value == minV { out[m].ambition = higherIsMore ? "lowest" : "highest" }
        }
      }
    }
    return out
  }

  private func singlePlan(_ rows: [IndicatorComparison], ids: [String]) -> [SinglePlanIndicators] {
    ids.map { id in
      SinglePlanIndicators(
        document: id,
        indicators: rows.filter { $0.matched && $0.documentCount == 1 && $0.entries.first?.document == id }.map(
          \.canonical))
    }
  }

  // MARK: - Themes

  private func themeCoverage(_ docs: [ExtractedDocument], ids: [String]) -> [ThemeCoverage] {
    let tagged = docs.map { doc in
      doc.provisions.map { p in (name: Self.name(p), themes: themes.themes(of: p.title + p.text)) }
    }
    return themes.themes.map { theme in
      ThemeCoverage(
        theme: theme.name,
        cells: ids.enumerated().map { i, id in
          let hits = tagged[i].filter { $0.themes.contains(theme.name) }.map(\.name)
          return ThemeCell(document: id, count: hits.count, provisions: hits)
        })
    }
  }

  // MARK: - Alignment

  private func alignments(_ docs: [ExtractedDocument], ids: [String]) -> [PlanPairAlignment] {
    var items: [ProvisionAligner.Item] = []
    for (i, doc) in docs.enumerated() {
      for p in doc.provisions { items.append(.init(document: i, name: Self.name(p), text: p.title + "。" + p.text)) }
    }
    let aligned = aligner.align(items, documents: docs.count)
    guard docs.count >= 2 else { return [] }
    var itemsOf = [[Int]](repeating: [], count: docs.count)
    for (k, item) in items.enumerated() { itemsOf[item.document].append(k) }
    // Every pair for a handful of plans; for many plans, each plan's closest partners (most
    // shared provisions), so the report grows linearly with the number of plans.
    let pairs: [ProvisionAligner.PairKey]
    if docs.count <= detailedAlignmentLimit {
      pairs = (0..<docs.count).flatMap { a in ((a + 1)..<docs.count).map { ProvisionAligner.PairKey(a, $0) } }
    } else {
      var partners = [[(ProvisionAligner.PairKey, Int)]](repeating: [], count: docs.count)
      for (key, matches) in aligned {
        partners[key.low].append((key, matches.count))
        partners[key.high].append((key, matches.count))
      }
      var chosen: Set<ProvisionAligner.PairKey> = []
      for list in partners {
        let best = list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.low, $0.0.high) < ($1.0.low, $1.0.high) }
        for (key, _) in best.prefix(closestPartners) { chosen.insert(key) }
      }
      pairs = chosen.sorted { ($0.low, $0.high) < ($1.low, $1.high) }
    }
    var out: [PlanPairAlignment] = []
    for pair in pairs {
      let (a, b) = (pair.low, pair.high)
      let matches = (aligned[pair] ?? []).sorted { $0.0 < $1.0 }
      let usedA = Set(matches.map(\.0))
      let usedB = Set(matches.map(\.1))
      out.append(
        PlanPairAlignment(
          first: ids[a], second: ids[b],
          matches: matches.map {
            AlignedProvisions(
              first: items[$0.0].name, second: items[$0.1].name, similarity: ($0.2 * 1000).rounded() / 1000)
          },
          onlyInFirst: itemsOf[a].filter { !usedA.contains($0) }.map { items[$0].name },
          onlyInSecond: itemsOf[b].filter { !usedB.contains($0) }.map { items[$0].name }))
    }
    return out
  }

  // MARK: - Departments

  private func departmentRoles(_ docs: [ExtractedDocument], ids: [String]) -> [DepartmentRoles] {
    var counts: [String: [Int: (lead: Int, support: Int)]] = [:]
    for (i, doc) in docs.enumerated() {
      for r in doc.responsibilities {
        for d in r.lead { counts[d.canonical ?? d.name, default: [:]][i, default: (0, 0)].lead += 1 }
        for d in r.support { counts[d.canonical ?? d.name, default: [:]][i, default: (0, 0)].support += 1 }
      }
    }
    let rows = counts.map { name, perDoc in
      DepartmentRoles(
        canonical: name,
        cells: ids.enumerated().map { i, id in
          DepartmentCell(document: id, lead: perDoc[i]?.lead ?? 0, support: perDoc[i]?.support ?? 0)
        },
        onlyIn: perDoc.count == 1 ? perDoc.keys.first.map { ids[$0] } : nil)
    }
    // Most involved first, then zh order.
    let total = { (r: DepartmentRoles) in r.cells.reduce(0) { $0 + $1.lead + $1.support } }
    return collator.sorted(rows, by: \.canonical).enumerated().sorted { l, r in
      total(l.element) != total(r.element) ? total(l.element) > total(r.element) : l.offset < r.offset
    }.map(\.element)
  }

  // MARK: - Timeline

  private func timeline(_ docs: [ExtractedDocument], ids: [String], places: [String]) -> [TimelineYear] {
    var years: [Int: [TimelineEvent]] = [:]
    for (i, doc) in docs.enumerated() {
      for q in doc.quantities where q.kind == .target {
        guard let year = q.deadline?.year else { continue }
        let figure = q.comparator.rawValue + " " + WholeNumber(q.value).description + (q.unit ?? "")
        years[year, default: []].append(
          TimelineEvent(
            document: ids[i], jurisdiction: places[i], kind: "target", label: q.indicator, figure: figure,
            quote: q.quote))
      }
      for m in doc.milestones {
        guard let year = (m.end ?? m.start).flatMap({ Int($0.prefix(4)) }) else { continue }
        years[year, default: []].append(
          TimelineEvent(
            document: ids[i], jurisdiction: places[i], kind: "milestone", label: m.label, figure: m.text, quote: m.quote
          ))
      }
    }
    return years.keys.sorted().map { TimelineYear(year: $0, events: years[$0] ?? []) }
  }

  // MARK: - Helpers

  static func name(_ p: Provision) -> String {
    (p.label + " " + p.title).trimmingCharacters(in: .whitespaces)
  }

  /// File names without extension, made unique.
  static func ids(for docs: [ExtractedDocument]) -> [String] {
    var seen: [String: Int] = [:]
    return docs.map { doc in
      let stem = URL(fileURLWithPath: doc.source.path).deletingPathExtension().lastPathComponent
      let n = seen[stem, default: 0]
      seen[stem] = n + 1
      return n == 0 ? stem : "\(stem)-\(n + 1)"
    }
  }
}
