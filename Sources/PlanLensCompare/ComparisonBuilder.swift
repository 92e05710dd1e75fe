import Foundation
import PlanLensModel
import PlanLensText

/// Builds the cross-jurisdiction comparison of a set of extracted plans: overview, indicator
/// matrix, theme coverage, provision alignment, responsibility matrix and timeline.
///
/// Output is deterministic: documents and names are ordered by zh collation, never by time.
public struct ComparisonBuilder: Sendable {
  let indicators: IndicatorCatalog
  let clusterer: IndicatorClusterer
  let screen: FigureScreen
  let themes: ThemeDeriver
  let aligner: ProvisionAligner
  let collator: ChineseCollator
  /// Up to this many plans, every pair is aligned in the report; beyond, each plan's
  /// `closestPartners` most similar plans.
  public var detailedAlignmentLimit = 12
  public var closestPartners = 3

  public init() throws {
    indicators = try IndicatorCatalog.standard()
    clusterer = IndicatorClusterer(catalog: indicators, facetReader: try IndicatorFacetReader.standard())
    screen = try FigureScreen.standard()
    themes = try ThemeDeriver.standard()
    aligner = ProvisionAligner()
    collator = try ChineseCollator()
  }

  /// The comparison of `input`; `versions[i]`, when given, says which version of its plan
  /// `input[i]` is (plans read from a store).
  public func compare(_ input: [ExtractedDocument], versions: [DocumentVersion?] = []) -> Comparison {
    let ids = Self.ids(for: input)
    let versionOf = Dictionary(
      uniqueKeysWithValues: ids.enumerated().map { ($1, $0 < versions.count ? versions[$0] : nil) })
    let ordered = collator.sorted(Array(zip(ids, input))) {
      ($0.1.meta.jurisdiction.name ?? "") + ($0.1.meta.title ?? "") + "|" + $0.0
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
        departments: Set(doc.responsibilities.flatMap { $0.lead + $0.support }.map { $0.canonical ?? $0.name }).count,
        version: versionOf[docIDs[i]] ?? nil)
    }
    let (indicatorRows, excluded) = compareIndicators(docs, ids: docIDs, places: places, headings: headingNames)
    return Comparison(
      documents: documents, indicators: indicatorRows, excludedFigures: excluded,
      singlePlanIndicators: singlePlan(indicatorRows, ids: docIDs),
      themes: themeCoverage(docs, ids: docIDs), alignments: alignments(docs, ids: docIDs),
      departments: departmentRoles(docs, ids: docIDs), timeline: timeline(docs, ids: docIDs, places: places))
  }

  // MARK: - Indicators

  private func compareIndicators(
    _ docs: [ExtractedDocument], ids: [String], places: [String], headings: [[String: String]]
  ) -> (rows: [IndicatorComparison], excluded: [ExcludedFigure]) {
    var entries: [IndicatorEntry] = []
    var excluded: [ExcludedFigure] = []
    for (i, doc) in docs.enumerated() {
      for q in doc.quantities where !IndicatorCatalog.key(q.indicator).isEmpty {
        if let reason = screen.reason(q) {
          excluded.append(
            ExcludedFigure(
              document: ids[i], jurisdiction: places[i], indicator: q.indicator, reason: reason, quote: q.quote,
              span: q.span))
          continue
        }
        entries.append(
          IndicatorEntry(
            quantity: q, document: ids[i], jurisdiction: places[i], approximate: false,
            heading: q.heading.flatMap { headings[i][$0] }))
      }
    }
    let (nodes, nodeOf, clusters) = clusterer.cluster(entries.map(\.quantity))
    var clusterOf = [Int](repeating: 0, count: nodes.count)
    for (c, cluster) in clusters.enumerated() { for n in cluster.nodes { clusterOf[n] = c } }
    var members = [[Int]](repeating: [], count: clusters.count)
    for (k, n) in nodeOf.enumerated() { members[clusterOf[n]].append(k) }

    let rows = clusters.enumerated().map { c, cluster in
      var rowEntries = members[c].map { entries[$0] }
      for (j, k) in members[c].enumerated() where cluster.catalogue != nil {
        rowEntries[j].approximate = nodes[nodeOf[k]].catalogue == nil
      }
      return IndicatorComparison(
        canonical: cluster.catalogue ?? representative(rowEntries), matched: cluster.catalogue != nil,
        facets: nodes[cluster.nodes[0]].facets,
        wordings: collator.sorted(Array(Set(cluster.nodes.map { nodes[$0].key }))) { $0 },
        merges: cluster.merges, entries: Self.markAmbition(rowEntries),
        documentCount: Set(rowEntries.map(\.document)).count)
    }
    // Catalogue rows in catalogue order, then the most widely shared, then zh order of label.
    let order = Dictionary(uniqueKeysWithValues: indicators.entries.enumerated().map { ($1.canonical, $0) })
    let byLabel = collator.sorted(rows) { $0.label + "|" + $0.facets.kind.rawValue + "|" + $0.facets.dimension }
    let sorted = byLabel.enumerated().sorted { l, r in
      let (a, b) = (l.element, r.element)
      if a.matched != b.matched { return a.matched }
      if a.matched, let x = order[a.canonical], let y = order[b.canonical], x != y { return x < y }
      if a.documentCount != b.documentCount { return a.documentCount > b.documentCount }
      return l.offset < r.offset
    }.map(\.element)
    return (sorted, excluded)
  }

  /// The wording most documents use, then the shortest, then the first in zh order.
  private func representative(_ entries: [IndicatorEntry]) -> String {
    var documents: [String: Set<String>] = [:]
    for e in entries { documents[IndicatorCatalog.key(e.indicator), default: []].insert(e.document) }
    let ordered = collator.sorted(Array(documents.keys)) { $0 }
    return ordered.enumerated().min { l, r in
      let (a, b) = (documents[l.element]?.count ?? 0, documents[r.element]?.count ?? 0)
      if a != b { return a > b }
      if l.element.count != r.element.count { return l.element.count < r.element.count }
      return l.offset < r.offset
    }?.element ?? ""
  }

  /// Marks the highest and lowest ambition among entries that can be ranked: the same comparator
  /// direction (floors with floors, ceilings with ceilings; an exact or approximate figure is not
  /// ranked), unit and printed scope, in at least two documents. The row already shares kind,
  /// increment, period and scope facets. A higher floor or a lower ceiling is more ambitious.
  static func markAmbition(_ entries: [IndicatorEntry]) -> [IndicatorEntry] {
    var out = entries
    let ranked = entries.indices.filter { [.atLeast, .moreThan, .atMost, .lessThan].contains(entries[$0].comparator) }
    let groups = Dictionary(grouping: ranked) { i in
      RankKey(ceiling: entries[i].comparator.isCeiling, unit: entries[i].unit, scope: entries[i].scope)
    }
    for (key, members) in groups where Set(members.map { entries[$0].document }).count >= 2 {
      let values = members.map { entries[$0].value }
      guard let maxV = values.max(), let minV = values.min(), maxV > minV else { continue }
      for m in members {
        if entries[m].value == maxV { out[m].ambition = key.ceiling ? "lowest" : "highest" }
        if entries[m].value == minV { out[m].ambition = key.ceiling ? "highest" : "lowest" }
      }
    }
    return out
  }

  /// What entries must share to be ranked against each other.
  private struct RankKey: Hashable {
    var ceiling: Bool
    var unit: String?
    var scope: String?
  }

  private func singlePlan(_ rows: [IndicatorComparison], ids: [String]) -> [SinglePlanIndicators] {
    ids.map { id in
      SinglePlanIndicators(
        document: id,
        indicators: rows.filter { $0.documentCount == 1 && $0.entries.first?.document == id }.map(\.label))
    }
  }

  // MARK: - Themes

  private func themeCoverage(_ docs: [ExtractedDocument], ids: [String]) -> [ThemeCoverage] {
    var items: [ThemeDeriver.Item] = []
    for (i, doc) in docs.enumerated() {
      for p in doc.provisions { items.append(.init(document: i, name: Self.name(p), title: p.title, text: p.text)) }
    }
    return themes.themes(of: items, documents: docs.count, collator: collator).map { theme in
      ThemeCoverage(
        theme: theme.name, terms: theme.terms, named: theme.named,
        cells: ids.enumerated().map { i, id in
          let hits = theme.provisions.sorted().filter { items[$0].document == i }.map { items[$0].name }
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
      for q in doc.quantities where q.kind == .target && screen.reason(q) == nil {
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
