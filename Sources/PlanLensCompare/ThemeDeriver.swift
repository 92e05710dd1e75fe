import PlanLensModel
import PlanLensText

/// Derives the themes of a set of plans from the plans themselves: the key terms of clusters of
/// provisions. A key term is two adjacent ICU words (医养|结合, 数字|经济, 人才|队伍) or one ICU
/// word of three characters or more (老年人), none in `theme-stopwords.tsv`, that provision titles
/// use, found in at least ``minimumProvisions`` provisions and, with two
/// plans or more, in at least two plans (document frequency), but in no more than
/// ``maximumShare`` of all provisions (a word every provision uses tells nothing apart). Terms
/// are taken best first (title hits weigh more than body hits); a term whose provisions are
/// mostly those of a term taken already joins nothing and is skipped, so each theme is its own
/// cluster of provisions. A naming table (``ThemeCatalog``) may give a theme its field's name;
/// its keywords are candidate terms too (ICU splits 医养结合 into 医|养|结合), held to the same
/// document frequencies, so a table never makes a theme the plans do not share.
struct ThemeDeriver: Sendable {
  /// A theme needs this many provisions.
  static let minimumProvisions = 3
  /// A word in more than this share of all provisions is too common to be a theme.
  static let maximumShare = 0.25
  /// At most this many themes.
  static let maximumThemes = 24
  /// A term's provisions overlapping a taken theme's by more than this (Jaccard) are that theme.
  static let overlapLimit = 0.5
  /// A title hit counts this many body hits.
  static let titleWeight = 3
  /// Words shorter than this are not part of a term.
  static let minimumWordLength = 2
  /// A single word this long is a term by itself (老年人, 互联网).
  static let singleWordTerm = 3

  /// A provision to theme.
  struct Item: Sendable {
    var document: Int
    var name: String
    var title: String
    var text: String
  }

  /// One derived theme: its key terms and the provisions (indices of items) that use them.
  struct Theme: Sendable {
    var name: String
    var terms: [String]
    var named: Bool
    var provisions: Set<Int>
  }

  let stopwords: Set<String>
  let names: ThemeCatalog
  let segmenter = TextSegmenter()

  static func standard() throws -> ThemeDeriver {
    let table = try DataTable.load("theme-stopwords.tsv", in: .module)
    var words: Set<String> = []
    for (i, row) in table.rows.enumerated() {
      guard let word = row.first, !word.isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected a word")
      }
      words.insert(word)
    }
    return ThemeDeriver(stopwords: words, names: try ThemeCatalog.standard())
  }

  /// The terms of `text`: pairs of adjacent content words, and long single words.
  func terms(in text: String) -> Set<String> {
    let words = (try? segmenter.words(in: text)) ?? []
    var out: Set<String> = []
    let content = { (w: TextSegment) in
      w.kind == .ideographic && w.text.count >= Self.minimumWordLength && !self.stopwords.contains(w.text)
    }
    for (i, w) in words.enumerated() where content(w) {
      if w.text.count >= Self.singleWordTerm { out.insert(w.text) }
      if i + 1 < words.count, content(words[i + 1]) { out.insert(w.text + words[i + 1].text) }
    }
    return out
  }

  /// The themes of `items` from `documents` plans, best first.
  func themes(of items: [Item], documents: Int, collator: ChineseCollator) -> [Theme] {
    let keywords = names.themes.flatMap(\.keywords).filter { $0.count >= Self.minimumWordLength }
    let titleTerms = items.map { item in terms(in: item.title).union(keywords.filter { item.title.contains($0) }) }
    let bodyTerms = items.indices.map { i in
      let text = items[i].title + "。" + items[i].text
      return terms(in: text).union(keywords.filter { text.contains($0) })
    }
    var provisions: [String: Set<Int>] = [:]
    var plans: [String: Set<Int>] = [:]
    var titleHits: [String: Int] = [:]
    for (i, words) in bodyTerms.enumerated() {
      for w in words {
        provisions[w, default: []].insert(i)
        plans[w, default: []].insert(items[i].document)
      }
      for w in titleTerms[i] { titleHits[w, default: 0] += 1 }
    }
    let ceiling = max(Double(Self.minimumProvisions), Self.maximumShare * Double(items.count))
    let minimumPlans = documents >= 2 ? 2 : 1
    let candidates = titleHits.keys.filter { w in
      let n = provisions[w]?.count ?? 0
      return n >= Self.minimumProvisions && Double(n) <= ceiling && (plans[w]?.count ?? 0) >= minimumPlans
    }
    let score = { (w: String) in (titleHits[w] ?? 0) * Self.titleWeight + (provisions[w]?.count ?? 0) }
    let ordered = collator.sorted(candidates) { $0 }.enumerated().sorted { l, r in
      score(l.element) != score(r.element) ? score(l.element) > score(r.element) : l.offset < r.offset
    }.map(\.element)
    let names = self.names.fitted(to: ordered)
    var themes: [Theme] = []
    for term in ordered where themes.count < Self.maximumThemes {
      let members = provisions[term] ?? []
      let overlaps = themes.contains { theme in
        Double(theme.provisions.intersection(members).count) / Double(theme.provisions.union(members).count)
          > Self.overlapLimit
      }
      if overlaps { continue }
      let name = names.name(for: term)
      if let name, let k = themes.firstIndex(where: { $0.name == name }) {
        themes[k].terms.append(term)
        themes[k].provisions.formUnion(members)
      } else {
        themes.append(Theme(name: name ?? term, terms: [term], named: name != nil, provisions: members))
      }
    }
    return themes
  }
}
