import Foundation
import PlanLensText

/// Cuts the indicator (the measured thing) out of a clause, over the sentence's tagged words
/// (`TaggedSentence`: ICU words joined by the lexicon and tagged from the rule tables).
///
/// The indicator is the phrase before the comparator or number (养老机构护理型床位占比不低于55%),
/// without deadlines, scope (全区) and edge stop-words, cut at a preposition (新建城镇居住区按照
/// 每百户…). When that phrase is empty or ends in a verb (分期分批建设48处农村互助养老院), the head
/// noun phrase after the number is the indicator; an allocation (福彩公益金55%以上用于…) joins both.
struct IndicatorCutter: Sendable {
  /// Verbs, matched as suffixes of a phrase too (ICU splits some: 组|建).
  let verbs: Set<String>
  let scopes: [ScopePattern]
  /// Particles that close a modifier (的), matched on the text.
  let modifierClosers: ScalarSet
  /// The noun that names a share of a group (占比).
  let shareNoun: String?

  init(lexicon: WordLexicon, scopes: [ScopePattern]) {
    verbs = lexicon.words(tagged: .verb)
    self.scopes = scopes
    shareNoun = lexicon.words(tagged: .share).min()
    modifierClosers = lexicon.modifierParticles
  }

  /// The indicator, the scope and the indicator's range in `s`.
  /// - Parameters:
  ///   - before: the clause up to the comparator cue (or the number).
  ///   - between: the words between that cue and the number (力争|创建…示范乡镇|3个), tried when
  ///     nothing is left before the cue.
  ///   - after: the phrase after the number.
  func cut(
    _ s: TextScalars, sentence: TaggedSentence, before: Range<Int>, between: Range<Int>? = nil,
    after: Range<Int>, excluded: [Range<Int>], isShare: Bool = false
  ) -> (indicator: String, scope: String?, range: Range<Int>?) {
    let words = { (r: Range<Int>) in sentence.words(in: r, of: s) }
    // Deadlines and dates inside the phrase are not part of the measured thing.
    var pieces: [Range<Int>] = []
    var cursor = before.lowerBound
    for x in excluded.sorted(by: { $0.lowerBound < $1.lowerBound }) where x.overlaps(before) {
      if x.lowerBound > cursor { pieces.append(cursor..<x.lowerBound) }
      cursor = max(cursor, x.upperBound)
    }
    if cursor < before.upperBound { pieces.append(cursor..<before.upperBound) }

    var scope: String? = nil
    var head: Range<Int>? = nil
    var endsInVerb = false
    for piece in pieces.reversed() + (between.map { [$0] } ?? []) {
      var phrase = piece
      if let (scopeText, length) = matchScope(s, phrase) {
        scope = scopeText
        phrase = (phrase.lowerBound + length)..<phrase.upperBound
      }
      // A scope closing the phrase (省、市、县各级|100个事项): the phrase says where, and the
      // measured thing follows the number.
      if scope == nil, let (scopeText, start) = trailingScope(s, phrase, starts: words(phrase).map(\.range.lowerBound))
      {
        scope = start == phrase.lowerBound ? scopeText : ScalarText.string(s[phrase]).squeezed
        endsInVerb = true
        break
      }
      // A per-head rate closing the phrase (…每人每年|20元): the measured thing follows.
      if let (scopeText, start) = trailingRate(s, phrase) {
        scope = scopeText
        phrase = phrase.lowerBound..<start
        // The subject before a preposition measures (新建城镇居住区|按照每百户…); otherwise the
        // words after the number do (按照农村常住人口每人每年20元的标准安排|运行经费补助).
        if let subject = subjectBeforePreposition(words(phrase)) {
          head = subject
          endsInVerb = false
        } else {
          if let (trimmed, _) = trimBefore(s, words(phrase)) { head = trimmed }
          endsInVerb = true
        }
        break
      }
      if let (trimmed, verb) = trimBefore(s, words(phrase)) {
        head = trimmed
        endsInVerb = verb
        break
      }
    }
    // A verb between the cue and the number (各校至少|配备|1名…): what it takes follows the number.
    if let between, !between.isEmpty, isVerbal(ScalarText.string(s[between])) { endsInVerb = true }
    // An allocation: 福彩公益金55%以上用于支持发展养老服务.
    if let h = head, words(after).first(where: { $0.text != " " })?.tags.contains(.purpose) ?? false,
      let purpose = trimAfter(s, after, cutAtVerbs: false, words: words)
    {
      let noun = headNoun(s, h)
      return (ScalarText.string(s[noun]) + ScalarText.string(s[purpose]), scope, noun.lowerBound..<purpose.upperBound)
    }
    // An increment before the number (新增|10个|国家大学科技园): the increment and the thing
    // counted, so that increments are never taken for totals.
    if let h = head, words(h).count == 1, words(h).first?.tags.contains(.increment) ?? false,
      let a = trimAfter(s, after, cutAtVerbs: true, words: words)
    {
      return (ScalarText.string(s[h]) + ScalarText.string(s[a]), scope, h.lowerBound..<a.upperBound)
    }
    // A share of a group (60%以上的|养老机构|开展居家上门服务): what the group does, the group, 占比.
    if isShare, head == nil || endsInVerb, let (indicator, range) = shareOfGroup(s, words(after)) {
      return (indicator, scope, range)
    }
    if let h = head, !endsInVerb { return (ScalarText.string(s[h]), scope, h) }
    if let a = trimAfter(s, after, cutAtVerbs: true, words: words) { return (ScalarText.string(s[a]), scope, a) }
    if let h = head { return (ScalarText.string(s[h]), scope, h) }
    // Nothing but rule words and verbs follow the number (…的标准配置): say what they say.
    if let a = barePhrase(words(after)) { return (ScalarText.string(s[a]), scope, a) }
    return ("", scope, nil)
  }

  /// The longest scope (of `kind`, or any) at the start of `r`, full-width bracketed, with its
  /// length.
  private func matchScope(_ s: TextScalars, _ r: Range<Int>, kind: ScopePattern.Kind? = nil) -> (String, Int)? {
    let text = ScalarText.string(s[r])
    var best: (String, Int)? = nil
    for pattern in scopes where kind.map({ pattern.kind == $0 }) ?? true {
      if let (matched, length) = pattern.match(text), length > best?.1 ?? 0 { best = (matched, length) }
    }
    return best.map { ($0.0.withFullWidthBrackets, $0.1) }
  }

  /// The words before the first preposition of a phrase, when they are at least two characters.
  private func subjectBeforePreposition(_ phraseWords: [TaggedWord]) -> Range<Int>? {
    var words = phraseWords
    guard let k = words.indices.dropFirst().first(where: { words[$0].tags.contains(.preposition) }) else { return nil }
    words = Array(words[..<k])
    trimEdges(&words)
    guard let first = words.first, let last = words.last, last.range.upperBound - first.range.lowerBound >= 2 else {
      return nil
    }
    return first.range.lowerBound..<last.range.upperBound
  }

  /// A scope (各级, 全省 …) that ends a phrase after a list of levels or places (省、市、县各级),
  /// with where it starts.
  private func trailingScope(_ s: TextScalars, _ r: Range<Int>, starts: [Int]) -> (String, Int)? {
    // After a list: the phrase follows 、 or holds one (…、县各级).
    let afterList = r.lowerBound > 0 && s[r.lowerBound - 1] == Punctuation.listSeparator
    guard let from = afterList ? r.lowerBound : r.last(where: { s[$0] == Punctuation.listSeparator }).map({ $0 + 1 }),
      from < r.upperBound
    else { return nil }
    // A scope starts at a word boundary of the sentence.
    for start in [from] + starts.filter({ $0 > from }) {
      let piece = start..<r.upperBound
      if let (text, length) = matchScope(s, piece), length == piece.count { return (text, start) }
    }
    return nil
  }

  /// A per-head rate (每人, 每户每月 …) at the end of a phrase, with where it starts.
  private func trailingRate(_ s: TextScalars, _ r: Range<Int>) -> (String, Int)? {
    for start in r where s[start] == "每" {
      let piece = start..<r.upperBound
      if let (text, length) = matchScope(s, piece, kind: .rate), length == piece.count { return (text, start) }
    }
    return nil
  }

  /// The phrase before a number, trimmed and cut at a preposition; whether it ends in a verb.
  private func trimBefore(_ s: TextScalars, _ phraseWords: [TaggedWord]) -> (Range<Int>, Bool)? {
    var words = phraseWords
    guard !words.isEmpty else { return nil }
    // Examples closed by 等 (浪潮等|9个节点), a modifier closed by 的 (覆盖全省的|1000个站点) or a
    // conjunction: the measured thing follows the number.
    let closer = words.last(where: { $0.text != " " })?.tags ?? []
    let yieldsToAfter = !closer.isDisjoint(with: [.examplesCloser, .modifierCloser, .conjunction])
    // A copula (认定为|2-5级) says what the phrase before it measures.
    let endsInCopula = closer.contains(.copula)
    trimEdges(&words)
    if endsInCopula, let first = words.first, let last = words.last, last.range.upperBound - first.range.lowerBound >= 2
    {
      return (first.range.lowerBound..<last.range.upperBound, false)
    }
    if yieldsToAfter, let first = words.first, let last = words.last {
      return (first.range.lowerBound..<last.range.upperBound, true)
    }
    // A phrase ending in a verb gives way to the words after the number. ICU splits some verbs
    // the lexicon does not join, so verbs are matched on the text too.
    if let last = words.last, let first = words.first,
      last.tags.contains(.conjunction) || isVerbal(ScalarText.string(s[first.range.lowerBound..<last.range.upperBound]))
    {
      return (first.range.lowerBound..<last.range.upperBound, true)
    }
    if let k = words.indices.dropFirst().first(where: { words[$0].tags.contains(.preposition) }) {
      var left = Array(words[..<k])
      trimEdges(&left)
      if left.reduce(0, { $0 + $1.text.count }) >= 2 {
        words = left
      } else {
        words = Array(words[(k + 1)...])
        trimEdges(&words)
      }
    }
    guard let first = words.first, let last = words.last else { return nil }
    let range = first.range.lowerBound..<last.range.upperBound
    guard range.count >= 2 else { return nil }
    return (range, isVerbal(ScalarText.string(s[range])) || last.tags.contains(.conjunction))
  }

  /// Whether `phrase` ends with a verb of the lexicon.
  private func isVerbal(_ phrase: String) -> Bool {
    verbs.contains { phrase.hasSuffix($0) }
  }

  /// The head noun phrase after a number: after its last 的, without leading verbs, up to the
  /// next verb (2.1万名|60岁以上老年人|开展健康指导).
  private func trimAfter(
    _ s: TextScalars, _ r: Range<Int>, cutAtVerbs: Bool, words wordsIn: (Range<Int>) -> [TaggedWord]
  ) -> Range<Int>? {
    var a = r
    // After the last modifier particle, matched on the text: ICU joins it to the word before
    // in places (人的).
    if cutAtVerbs, let de = a.last(where: { modifierClosers.contains(s[$0]) }) { a = (de + 1)..<a.upperBound }
    var words = wordsIn(a)
    var startsWithVerb = false
    // Leading stop-words, the rule words that follow a number (…20元的|标准|向农户…), and a
    // verb or preposition that opens a verb phrase (向农户|收取…): its object is the thing.
    while let f = words.first,
      !f.isWord && !Self.keepsPunctuation(f.text)
        || !f.tags.isDisjoint(with: [.leadStop, .afterLead, .verb, .preposition])
    {
      if !f.tags.isDisjoint(with: [.verb, .preposition]) { startsWithVerb = true }
      words.removeFirst()
    }
    if cutAtVerbs {
      if startsWithVerb, let k = words.indices.last(where: { words[$0].tags.contains(.verb) }) {
        // A verb phrase (实行…适用过渡期政策): its object, at the end.
        words = Array(words[(k + 1)...])
      } else if let k = words.indices.dropFirst().first(where: { i in
        words[i].tags.contains(.verb) && !words[..<i].contains { $0.tags.contains(.purpose) }
      }) {
        // A noun phrase followed by what it does (60岁以上老年人|开展健康指导); a verb after 用于
        // is the purpose, part of the measured thing (资金用于支持发展…).
        words = Array(words[..<k])
      }
    }
    // Examples before 等 name kinds of the head that follows (终端、视频等|数字产业集群).
    if cutAtVerbs, let k = words.indices.last(where: { words[$0].tags.contains(.examplesCloser) }),
      k + 1 < words.count
    {
      words = Array(words[(k + 1)...])
    }
    // Another counted thing joined on (600家A|和200家B).
    if let k = words.indices.dropLast().first(where: {
      words[$0].tags.contains(.conjunction) && words[$0 + 1].kind == .number
    }) {
      words = Array(words[..<k])
    }
    if cutAtVerbs, let k = Self.firstListBreak(in: words) { words = Array(words[..<k]) }
    trimEdges(&words)
    guard let first = words.first, let last = words.last else { return nil }
    let range = first.range.lowerBound..<last.range.upperBound
    return range.count >= 2 ? range : nil
  }

  /// A share of a group after its number (…的县（市、区）|通过国家认定): the predicate, 的, the group
  /// and the share noun (通过国家认定的县（市、区）占比); nil unless the phrase opens with 的 and a
  /// predicate follows the group.
  private func shareOfGroup(_ s: TextScalars, _ phraseWords: [TaggedWord]) -> (String, Range<Int>)? {
    guard let shareNoun, let open = phraseWords.firstIndex(where: { $0.text != " " }),
      phraseWords[open].tags.contains(.modifierCloser), open + 1 < phraseWords.count
    else { return nil }
    let rest = Array(phraseWords[(open + 1)...])
    // An allocation (50%以上的资金|用于…) is no share of a group.
    guard !rest.contains(where: { $0.tags.contains(.purpose) }) else { return nil }
    // The group: up to the first verb or comparator, or a conjunction before another number.
    let groupEnd =
      rest.indices.first { k in
        !rest[k].tags.isDisjoint(with: [.verb, .comparator])
          || rest[k].tags.contains(.conjunction) && k + 1 < rest.count && rest[k + 1].tags.contains(.number)
      } ?? rest.count
    var group = Array(rest[..<groupEnd])
    trimEdges(&group)
    guard let first = group.first, let last = group.last else { return nil }
    let groupText = ScalarText.string(s[first.range.lowerBound..<last.range.upperBound])
    // The predicate: from the first verb or comparator after the group, past any other member.
    var predicate = rest[groupEnd...].drop { $0.tags.isDisjoint(with: [.verb, .comparator]) }.prefix {
      $0.isWord || Self.keepsPunctuation($0.text)
    }
    while let l = predicate.last, !l.isWord { predicate = predicate.dropLast() }
    // Without a predicate the noun is what the share measures (不超过4%的|优惠贷款利率).
    guard let p = predicate.first, let q = predicate.last else { return nil }
    let predicateText = ScalarText.string(s[p.range.lowerBound..<q.range.upperBound])
    let de = ScalarText.string(s[phraseWords[open].range])
    return (predicateText + de + groupText + shareNoun, first.range.lowerBound..<q.range.upperBound)
  }

  /// The first 、 , or ; outside brackets (县（市、区）is one name).
  private static func firstListBreak(in words: [TaggedWord]) -> Int? {
    var depth = 0
    for (k, word) in words.enumerated() where !word.isWord {
      for c in word.text.unicodeScalars {
        if Punctuation.roundOpen.contains(c) { depth += 1 }
        if Punctuation.roundClose.contains(c) { depth = max(0, depth - 1) }
      }
      if depth == 0, "、,;".contains(word.text) { return k }
    }
    return nil
  }

  /// A phrase without its edge stop-words, when two characters or more remain.
  private func barePhrase(_ phraseWords: [TaggedWord]) -> Range<Int>? {
    var words = phraseWords
    trimEdges(&words)
    guard let first = words.first, let last = words.last else { return nil }
    let range = first.range.lowerBound..<last.range.upperBound
    return range.count >= 2 ? range : nil
  }

  /// The words after the last 的 of a phrase (区级以上人民政府留成的|福彩公益金).
  private func headNoun(_ s: TextScalars, _ r: Range<Int>) -> Range<Int> {
    if let de = r.last(where: { modifierClosers.contains(s[$0]) }), de + 2 < r.upperBound {
      return (de + 1)..<r.upperBound
    }
    return r
  }

  /// Drops stop-words, conjunctions and punctuation from both ends, and a modifier particle (的)
  /// from the start.
  private func trimEdges(_ words: inout [TaggedWord]) {
    while let f = words.first,
      !f.isWord && !Self.keepsPunctuation(f.text)
        || !f.tags.isDisjoint(with: [.leadStop, .conjunction, .modifierCloser])
    {
      words.removeFirst()
    }
    while let l = words.last, !l.isWord && !Self.keepsPunctuation(l.text) || l.tags.contains(.trailStop) {
      words.removeLast()
    }
  }

  /// Quotes and book-title marks belong to names (“智慧消防”, 《养老机构服务安全基本规范》).
  private static func keepsPunctuation(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy {
      Punctuation.enclosingOpen.contains($0) || Punctuation.enclosingClose.contains($0)
        || Punctuation.straightQuotes.contains($0)
    }
  }
}
