import PlanLensText

/// The words the extraction tables name, with what each is (indicator-stopwords.tsv,
/// departments.tsv, responsibility-cues.tsv, responsibility-labels.tsv, comparators.tsv),
/// loaded once with the rules.
///
/// ICU's dictionary splits some domain words (组|建, 牵|头, 县|民政局); `merge` joins a run of
/// ICU words back into one when the run spells a lexicon word.
struct WordLexicon: Sendable {
  private var entries: [String: WordTags] = [:]
  /// The longest entry, in scalars: no run longer than this can spell one.
  private(set) var longest = 0
  private var leadStops: Set<String> = []
  private var trailStops: Set<String> = []
  /// The longest lead or trail stop-word, in scalars.
  private var longestStop = 0
  /// The scalars the lead and the trail stop-words are written with: a word holding any other
  /// is no run of them.
  private var leadStopScalars = ScalarSet([])
  private var trailStopScalars = ScalarSet([])

  init() {}

  /// Adds `word` with `tags` (joined with what the word already has).
  mutating func add(_ word: String, _ tags: WordTags) {
    guard !word.isEmpty else { return }
    entries[word, default: []].formUnion(tags)
    longest = max(longest, word.unicodeScalars.count)
    if tags.contains(.leadStop) {
      leadStops.insert(word)
      for scalar in word.unicodeScalars { leadStopScalars.insert(scalar) }
    }
    if tags.contains(.trailStop) {
      trailStops.insert(word)
      for scalar in word.unicodeScalars { trailStopScalars.insert(scalar) }
    }
    if tags.contains(.leadStop) || tags.contains(.trailStop) {
      longestStop = max(longestStop, word.unicodeScalars.count)
    }
  }

  /// What `word` is: its entry, and the stop-word edges of a word made only of stop-words of that
  /// edge (可在 = 可 + 在).
  func tags(of word: String) -> WordTags {
    var tags = entries[word] ?? []
    if !tags.contains(.leadStop), word.unicodeScalars.allSatisfy(leadStopScalars.contains),
      Self.isComposed(word, of: leadStops, longest: longestStop)
    {
      tags.insert(.leadStop)
    }
    if !tags.contains(.trailStop), word.unicodeScalars.allSatisfy(trailStopScalars.contains),
      Self.isComposed(word, of: trailStops, longest: longestStop)
    {
      tags.insert(.trailStop)
    }
    return tags
  }

  /// The tags `word` has as an entry of the tables, without the stop-word edges ``tags(of:)``
  /// derives: what joining ICU words needs to know.
  func entryTags(of word: String) -> WordTags {
    entries[word] ?? []
  }

  /// Whether `token` is a run of words of `set`, none longer than `longest` scalars: which
  /// offsets a run of them can reach, offset by offset (linear in the token for a fixed table).
  private static func isComposed(_ token: String, of set: Set<String>, longest: Int) -> Bool {
    if set.contains(token) { return true }
    let scalars = Array(token.unicodeScalars)
    guard scalars.count > 1 else { return false }
    var reachable = [Bool](repeating: false, count: scalars.count + 1)
    reachable[0] = true
    for i in 0..<scalars.count where reachable[i] {
      var piece = String.UnicodeScalarView()
      for j in i..<min(scalars.count, i + longest) {
        piece.append(scalars[j])
        if !reachable[j + 1], set.contains(String(piece)) { reachable[j + 1] = true }
      }
    }
    return reachable[scalars.count]
  }
}

extension WordLexicon {
  /// The tags of each kind of indicator-stopwords.tsv.
  static let stopWordTags: [String: WordTags] = [
    "lead": .leadStop, "trail": .trailStop, "both": [.leadStop, .trailStop], "verb": .verb,
    "preposition": .preposition, "afterLead": .afterLead, "conjunction": .conjunction, "copula": .copula,
    "examples": .examplesCloser, "modifier": .modifierCloser, "purpose": .purpose, "increment": .increment,
    "share": .share,
    "levelSuffix": .levelSuffix,
  ]

  /// The lexicon of the shipped tables.
  static func standard(
    stopWords: [[String]], departments: DepartmentTable, roles: [[String]], labels: [String], comparators: [String]
  ) -> WordLexicon {
    var lexicon = WordLexicon()
    for row in stopWords where row.count > 1 {
      if let tags = stopWordTags[row[0]] { lexicon.add(row[1], tags) }
    }
    for (alias, _) in departments.aliases { lexicon.add(alias, .department) }
    for row in roles where row.count > 1 && row[0] == "verb" { lexicon.add(row[1], .role) }
    for label in labels { lexicon.add(label, .role) }
    for cue in comparators { lexicon.add(cue, .comparator) }
    return lexicon
  }

  /// The words of one tag.
  func words(tagged tag: WordTags) -> Set<String> {
    Set(entries.filter { $0.value.contains(tag) }.map(\.key))
  }

  /// The one-character particles that close a modifier (的): indicator-stopwords.tsv's
  /// "modifier" rows.
  var modifierParticles: ScalarSet { singleScalars(tagged: .modifierCloser) }

  /// The one-character words that close a list of examples (等): the "examples" rows.
  var examplesClosers: ScalarSet { singleScalars(tagged: .examplesCloser) }

  private func singleScalars(tagged tag: WordTags) -> ScalarSet {
    ScalarSet(words(tagged: tag).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
  }
}
