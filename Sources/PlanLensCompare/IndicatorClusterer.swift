import PlanLensModel
import PlanLensText

/// Clusters indicator wordings across plans without a hand catalogue: two wordings join when
/// their facets are equal (unit dimension, increment, period, scope, kind) and either the
/// catalogue names both with one row, or they end in the same head noun, the words of one are
/// all words of the other (护理型床位占比 ⊂ 养老机构护理型床位占比: a wording that leaves out a
/// modifier, never one that puts another in its place, as 省级 for 市级 or 新兴 for 特色), and the
/// words overlap enough (Dice ≥ ``similarityThreshold``). Two rows of the catalogue are never
/// joined.
///
/// Whether two wordings join depends on those two wordings only, and clusters are connected
/// components, so adding a plan can join rows but never splits one: a shared row stays shared.
struct IndicatorClusterer: Sendable {
  /// The ICU-word overlap (Dice coefficient) two wordings with the same head need to be joined.
  static let similarityThreshold = 0.6
  /// The characters a head noun made of a one-character word (率) gathers from the words before it.
  static let headLength = 3
  /// Decimal places kept of a similarity in the reports.
  static let similarityScale = 1000.0

  /// One distinct wording with its facets and catalogue row.
  struct Node: Sendable, Hashable {
    var key: String
    var facets: IndicatorFacets
    var catalogue: String?
  }

  /// The wordings of one indicator and the merges that joined them.
  struct Cluster: Sendable {
    var nodes: [Int]
    var merges: [IndicatorMerge]
    var catalogue: String?
  }

  let catalog: IndicatorCatalog
  let facetReader: IndicatorFacetReader
  let segmenter = TextSegmenter()

  /// The node of each quantity, and the clusters over those nodes.
  func cluster(_ quantities: [Quantity]) -> (nodes: [Node], nodeOf: [Int], clusters: [Cluster]) {
    var index: [Node: Int] = [:]
    var nodes: [Node] = []
    var nodeOf: [Int] = []
    for q in quantities {
      let node = Node(
        key: IndicatorCatalog.key(q.indicator), facets: facetReader.facets(of: q), catalogue: catalog.entry(for: q))
      if let i = index[node] {
        nodeOf.append(i)
      } else {
        index[node] = nodes.count
        nodeOf.append(nodes.count)
        nodes.append(node)
      }
    }
    let profiles = nodes.map { profile(of: $0.key) }

    // Candidate edges, only between wordings with the same facets and head.
    var edges: [(Int, Int, IndicatorMerge)] = []
    let blocks = Dictionary(grouping: nodes.indices) { BlockKey(facets: nodes[$0].facets, head: profiles[$0].head) }
    for members in blocks.values {
      for x in 0..<members.count {
        for y in (x + 1)..<members.count {
          let (a, b) =
            nodes[members[x]].key < nodes[members[y]].key
            ? (members[x], members[y]) : (members[y], members[x])
          if let merge = merge(nodes[a], profiles[a], nodes[b], profiles[b]) { edges.append((a, b, merge)) }
        }
      }
    }
    // The catalogue also joins wordings whose heads differ (护理型床位比例, 护理型床位占比).
    let byCatalogue = Dictionary(grouping: nodes.indices.filter { nodes[$0].catalogue != nil }) {
      CatalogueKey(facets: nodes[$0].facets, name: nodes[$0].catalogue ?? "")
    }
    for members in byCatalogue.values {
      let sorted = members.sorted { nodes[$0].key < nodes[$1].key }
      for other in sorted.dropFirst() where profiles[sorted[0]].head != profiles[other].head {
        edges.append(
          (
            sorted[0], other,
            IndicatorMerge(
              first: nodes[sorted[0]].key, second: nodes[other].key, reason: .catalogue,
              similarity: rounded(dice(profiles[sorted[0]].words, profiles[other].words)), head: "",
              catalogue: nodes[other].catalogue)
          ))
      }
    }
    // Catalogue merges first, then the most similar; ties in wording order, so the result is
    // the same whatever order the plans came in.
    edges.sort { l, r in
      if (l.2.reason == .catalogue) != (r.2.reason == .catalogue) { return l.2.reason == .catalogue }
      if l.2.similarity != r.2.similarity { return l.2.similarity > r.2.similarity }
      return (nodes[l.0].key, nodes[l.1].key) < (nodes[r.0].key, nodes[r.1].key)
    }
    var parent = Array(nodes.indices)
    var catalogueOf = nodes.map(\.catalogue)
    var mergesOf = [[IndicatorMerge]](repeating: [], count: nodes.count)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    for (a, b, merge) in edges {
      let (ra, rb) = (root(a), root(b))
      guard ra != rb else { continue }
      // Two rows of the catalogue are kept apart even through a wording similar to both.
      if let ca = catalogueOf[ra], let cb = catalogueOf[rb], ca != cb { continue }
      let (keep, gone) = ra < rb ? (ra, rb) : (rb, ra)
      parent[gone] = keep
      catalogueOf[keep] = catalogueOf[keep] ?? catalogueOf[gone]
      mergesOf[keep] += mergesOf[gone] + [merge]
    }
    let groups = Dictionary(grouping: nodes.indices, by: root)
    let clusters = groups.keys.sorted().map { r in
      Cluster(nodes: groups[r] ?? [], merges: mergesOf[r], catalogue: catalogueOf[r])
    }
    return (nodes, nodeOf, clusters)
  }

  // MARK: - Similarity

  /// The words similarity compares (facet cues left out) and the head noun.
  struct Profile: Sendable {
    var words: Set<String>
    var head: String
  }

  private struct BlockKey: Hashable {
    var facets: IndicatorFacets
    var head: String
  }

  private struct CatalogueKey: Hashable {
    var facets: IndicatorFacets
    var name: String
  }

  func profile(of key: String) -> Profile {
    let cues = facetReader.cueWords(in: key)
    let words = ((try? segmenter.words(in: key)) ?? []).filter(\.isWord).map(\.text).filter { !cues.contains($0) }
    // The head noun ends a Chinese noun phrase; a one-character head (率, 数) takes the words
    // before it up to ``headLength`` characters (探访率, 供养率), so 探访率 and 覆盖率 differ.
    var head = words.last ?? key
    if head.count == 1 {
      for word in words.dropLast().reversed() where head.count < Self.headLength { head = word + head }
    }
    return Profile(words: Set(words), head: head)
  }

  private func merge(_ a: Node, _ pa: Profile, _ b: Node, _ pb: Profile) -> IndicatorMerge? {
    if let ca = a.catalogue, let cb = b.catalogue {
      guard ca == cb else { return nil }
      return IndicatorMerge(
        first: a.key, second: b.key, reason: .catalogue, similarity: rounded(dice(pa.words, pb.words)), head: pa.head,
        catalogue: ca)
    }
    let similarity = dice(pa.words, pb.words)
    guard similarity >= Self.similarityThreshold, pa.words.isSubset(of: pb.words) || pb.words.isSubset(of: pa.words)
    else { return nil }
    return IndicatorMerge(
      first: a.key, second: b.key, reason: .similarity, similarity: rounded(similarity), head: pa.head, catalogue: nil)
  }

  private func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  private func rounded(_ x: Double) -> Double { (x * Self.similarityScale).rounded() / Self.similarityScale }
}
