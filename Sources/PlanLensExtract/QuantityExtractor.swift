import PlanLensModel
import PlanLensText

/// Extracts the numbers of policy interest with what they measure, their comparator, unit,
/// deadline, scope and kind.
///
/// Works sentence by sentence (ICU sentence breaks) over each heading's own text. A deadline at
/// the head of a sentence governs the numbers after it; a deadline that opens a heading's own
/// text (发展目标。2025年年底前，…) governs the numbers of the headings under it.
struct QuantityExtractor: Sendable {
  let rules: ExtractionRules
  let scanner: NumberScanner
  let comparators: ComparatorResolver
  let cutter: IndicatorCutter
  let tagger: ClauseTagger
  let levels: LevelEllipsis
  /// Conjunctions that join list members (和, 及, 以及), from the lexicon.
  let conjunctions: Set<String>
  let classifier: QuantityKindClassifier
  let deadlines: DeadlineFinder
  let segmenter = TextSegmenter()
  /// The scalars of the baseline cues and frame time words.
  let frameWordScalars: ScalarSet

  init(rules: ExtractionRules, planPeriods: [(name: String, start: Int, end: Int)]) {
    self.rules = rules
    scanner = NumberScanner(
      units: rules.units.units, infixes: rules.comparators.filter { $0.position == .infix }.compactMap(\.cue.first),
      technical: rules.technicalUnits, forms: rules.numberForms, joiners: rules.rangeJoiners)
    comparators = ComparatorResolver(cues: rules.comparators)
    cutter = IndicatorCutter(lexicon: rules.lexicon, scopes: rules.scopes)
    tagger = ClauseTagger(lexicon: rules.lexicon)
    conjunctions = rules.lexicon.words(tagged: .conjunction)
    levels = LevelEllipsis(markers: rules.levelMarkers, suffixes: Array(rules.lexicon.words(tagged: .levelSuffix)))
    var classifier = QuantityKindClassifier(
      baselineHeadingCues: rules.baselineHeadingCues, baselineCues: rules.baselineCues,
      standardCues: rules.standardCues, standardAfterUnitCues: rules.standardAfterUnitCues,
      perHeadCues: rules.perHeadCues, perPeriodCues: rules.perPeriodCues, frequencyUnits: rules.frequencyUnits,
      standardDocTypes: rules.standardDocTypes, thresholdUnits: Set(rules.thresholdUnits),
      thresholdLinks: rules.thresholdLinks, standardClauseCues: rules.standardClauseCues, weights: rules.kindWeights)
    classifier.moneyUnits = Set(rules.units.dimensions.filter { $0.value == UnitLexicon.money }.keys)
    self.classifier = classifier
    deadlines = DeadlineFinder(planPeriods: planPeriods, cues: rules.deadlineCues, joiners: rules.rangeJoiners)
    frameWordScalars = ScalarSet((rules.baselineCues + rules.frameTimeWords).flatMap(\.unicodeScalars))
  }

  /// What ends a sentence, or a line.
  static let sentenceBreaks = Punctuation.sentenceEnds.union(Punctuation.lineBreaks)
  /// What ends a phrase: a sentence break, a pause or a colon.
  static let phraseBreaks = sentenceBreaks.union(Punctuation.pauses).union(Punctuation.colons)
  /// What ends a clause of a list as well: a phrase break or the list separator.
  static let clauseBreaks = phraseBreaks.union([Punctuation.listSeparator])

  func extract(_ doc: DocumentText) throws -> [Quantity] {
    let s = doc.normalized.scalars
    let text = { (r: Range<Int>) in doc.quote(r).0 }
    var out: [Quantity] = []
    var inherited: [String: Deadline] = [:]
    for region in doc.regions {
      let labelEnd = region.heading.map {
        doc.normalized.index(atSource: $0.span.start + $0.label.unicodeScalars.count)
      }
      let sentences = Self.rejoiningWrappedLines(
        try segmenter.sentenceRanges(in: s, region.range), in: s, after: labelEnd)
      let found = sentences.map {
        deadlines.deadlines(
          in: s, range: $0, planEnd: doc.meta.period.end, documentYear: doc.currentYear,
          yearOfDocument: doc.yearOfDocument, text: text)
      }
      // A goals statement (2025年的主要目标是：, 到2025年，…目标) frames the sentences after it
      // in its section: its deadline governs their targets, bullets included.
      var frame: Deadline? = nil
      let inGoalSection = region.titles.first.map { t in rules.goalCues.contains(where: t.includes) } ?? false
      // A deadline opening a heading's own text (its first or second sentence, after a run-in
      // title) governs the headings under it; the parent's governs this heading's numbers.
      let parentDeadline = region.heading?.parent.flatMap { inherited[$0] }
      if let h = region.heading {
        let opening = zip(sentences, found).prefix(2).lazy.compactMap { sentence, matches in
          matches.first.flatMap { $0.range.lowerBound - sentence.lowerBound <= 1 ? $0.deadline : nil }
        }.first
        inherited[h.id] = (region.provision == nil ? opening : nil) ?? parentDeadline
      }
      for (range, found) in zip(sentences, found) {
        defer {
          let sentence = ScalarText.string(s[range])
          let statesGoals = inGoalSection || rules.goalCues.contains(where: sentence.includes)
          if let head = found.first, head.range.lowerBound - range.lowerBound <= 1 || found.count == 1, statesGoals {
            frame = head.deadline
          } else if found.isEmpty, rules.goalCues.contains(where: sentence.includes),
            let (year, after) = DeadlineFinder.year(
              s, at: NumberScanner.skipSpaces(s, from: range.lowerBound, end: range.upperBound), end: range.upperBound),
            NumberScanner.skipSpaces(s, from: after, end: range.upperBound) < range.upperBound,
            s[NumberScanner.skipSpaces(s, from: after, end: range.upperBound)] == WrittenDate.yearMark
          {
            // A year opening a goals statement without 到 (2028年的主要目标是：).
            frame = Deadline(year: year, text: doc.quote(range.lowerBound..<(after + 1)).0, source: .goals)
          }
        }
        // The sentence on its own (a date reader looks back one scalar), copied in bulk.
        var alone = TextScalars()
        alone.append(from: s, range)
        let dates = DateExpression.all(in: alone, 0..<alone.count).map {
          (range.lowerBound + $0.range.lowerBound)..<(range.lowerBound + $0.range.upperBound)
        }
        let excluded = found.map(\.range) + dates
        var previousEnd = range.lowerBound
        var previousIndicator: String? = nil
        // Not the heading's own label (第十条  每个自然村…).
        var textStart = range.lowerBound
        if let labelEnd, labelEnd > range.lowerBound, labelEnd <= range.upperBound {
          textStart = labelEnd
          while textStart < range.upperBound, ScalarText.isWhitespace(s[textStart]) { textStart += 1 }
        }
        let firstClause = boundary(
          s, from: range.lowerBound, back: false, limit: range.upperBound, breaks: Self.phraseBreaks)
        // A sentence opening with a year before the document's own reports the past (2022年，…).
        let pastYear =
          DeadlineFinder.year(s, at: range.lowerBound, end: range.upperBound).map { year, after in
            after < range.upperBound && s[after] == WrittenDate.yearMark && (doc.currentYear.map { year < $0 } ?? false)
          } ?? false
        let numbers = scanner.scan(s, in: range).filter { n in labelEnd.map { n.start >= $0 } ?? true }
        // The sentence's opening clause when it is a frame: baseline cues and times only (目前，
        // 截至2023年底，…), no figure of its own.
        let opening =
          isFrame(range.lowerBound..<firstClause, s, excluded: excluded)
          ? ScalarText.string(s[range.lowerBound..<firstClause]) : ""
        let leaders = NumberList.leaders(of: numbers, in: s, conjunctions: conjunctions, units: rules.units)
        let lasts = NumberList.lasts(leaders: leaders)
        var emitted: [Int: Quantity] = [:]
        var grantOfLeader: [Int: GrantFrame] = [:]
        // Each number's place in its list, and each list's length.
        var listSize: [Int: Int] = [:]
        var listPosition = [Int](repeating: 0, count: numbers.count)
        for i in numbers.indices {
          listPosition[i] = listSize[leaders[i], default: 0]
          listSize[leaders[i], default: 0] += 1
        }
        var relative: Deadline? = nil
        // The sentence's words, tagged once when its first number is read.
        var tagged: TaggedSentence? = nil
        let marks =
          numbers.flatMap { n in
            [
              ClauseTagger.Mark(range: n.start..<n.numberEnd, tags: .number),
              .init(range: n.numberEnd..<n.end, tags: .unit),
            ]
          } + excluded.map { ClauseTagger.Mark(range: $0, tags: .time) }
        for (index, number) in numbers.enumerated() {
          guard accepts(number, in: s, range: range, excluded: excluded) else { continue }
          let leader = leaders[index] == index ? nil : emitted[leaders[index]]
          let clauseStart = max(
            previousEnd, textStart,
            boundary(s, from: number.start, back: true, limit: range.lowerBound, breaks: Self.clauseBreaks))
          let clauseEnd = boundary(s, from: number.end, back: false, limit: range.upperBound, breaks: Self.clauseBreaks)
          let phraseEnd = boundary(s, from: number.end, back: false, limit: range.upperBound, breaks: Self.phraseBreaks)
          var (comparator, afterEnd, cueStart) = comparators.comparator(
            for: number, in: s, clauseStart: clauseStart, clauseEnd: clauseEnd)
          if number.isChinese, !number.isFraction, cueStart == nil, leader == nil,
            !isChineseCountContext(number, s, afterEnd: afterEnd, clauseStart: clauseStart)
          {
            continue
          }
          previousEnd = afterEnd
          // A duration before other numbers of its sentence (3年内建成孵化器8家) is a deadline
          // counted from the plan's start or issue year, not a quantity.
          let leadIn = ScalarText.string(s[clauseStart..<number.start]).squeezed
          if rules.units.dimension(of: number.unit) == UnitLexicon.years,
            rules.relativeDeadlineCues.contains(ScalarText.string(s[number.end..<afterEnd])),
            leadIn.isEmpty || rules.lexicon.tags(of: leadIn).contains(.leadStop),
            numbers[(index + 1)...].contains(where: { $0.unit != nil })
          {
            let base = doc.meta.period.start ?? doc.meta.issueDate.flatMap { Int($0.prefix(4)) }
            relative = base.map {
              Deadline(
                year: $0 + Int(number.value) - 1, text: doc.quote(number.start..<afterEnd).0, source: .relative)
            }
            continue
          }
          // A list member without a cue of its own takes the list's (突破1000亿元、500亿元).
          if let leader, cueStart == nil, comparator == .exactly { comparator = leader.comparator }
          // The words between a comparator cue and the number (力争|创建…示范乡镇|3个).
          let cueEnd = cueStart.map { start in
            rules.comparators.filter { $0.position == .before }.first { cue in
              start + cue.cue.count <= number.start
                && zip(cue.cue, s[start..<(start + cue.cue.count)]).allSatisfy { $0 == $1 }
            }.map { start + $0.cue.count } ?? start
          }
          let sentence = tagged ?? tagger.tag(s, range, marks: marks)
          tagged = sentence
          let (cutIndicator, scope, indicatorRange) = cutter.cut(
            s, sentence: sentence, before: clauseStart..<(cueStart ?? number.start),
            between: cueEnd.map { $0..<number.start },
            after: afterEnd..<max(afterEnd, phraseEnd), excluded: excluded,
            isShare: rules.units.isPercentage(number.unit))
          // As printed, unless the indicator joins two pieces (福彩公益金…用于…).
          let printedIndicator =
            indicatorRange.map { r in
              let printed = doc.printed(r)
              // Joined pieces come from the normalised text: put back the brackets NFKC narrowed.
              return printed.unicodeScalars.count == cutIndicator.unicodeScalars.count
                ? printed : cutIndicator.withFullWidthBrackets
            } ?? cutIndicator
          // A grant (对新认定的企业，给予50万元奖励) measures what the beneficiary receives.
          let isMoneyOrShare = rules.units.isMoney(number.unit) || rules.units.isPercentage(number.unit)
          let grant =
            isMoneyOrShare
            ? GrantFrame.find(
              number: number.start..<afterEnd, clause: clauseStart..<max(afterEnd, phraseEnd), sentence: range, in: s,
              cues: rules.grantCues) : nil
          // A bare 占比 / 覆盖率 refers back to the previous number's measured thing.
          var indicator = printedIndicator
          // 分别: the list's amounts go one to one to the beneficiaries listed.
          let listGrant = grant ?? grantOfLeader[leaders[index]]
          if let listGrant, listGrant.respectively, let size = listSize[leaders[index]], size > 1,
            let members = ParallelMembers.members(
              of: doc.printed(listGrant.beneficiary).squeezed, modifiers: rules.grantCues.modifierParticles),
            members.count == size
          {
            indicator = members[listPosition[index]] + listGrant.noun
          } else if let grant {
            indicator = doc.printed(grant.beneficiary).squeezed + grant.noun
          } else if let leader, indicatorRange.map({ $0.upperBound <= number.start }) ?? true {
            // A member with no object of its own after it (1000亿元、500亿元) shares the list's.
            indicator = leader.indicator
          } else if rules.genericIndicators.contains(indicator), let previous = previousIndicator {
            var head = previous
            for lead in rules.anaphoraLeadWords where head.hasPrefix(lead) { head = String(head.dropFirst(lead.count)) }
            if !head.hasSuffix(indicator) { indicator = head + indicator }
          } else if let previous = previousIndicator, let restored = levels.restore(indicator, previous: previous) {
            // A level standing for the previous indicator at that level (…90%，市、县级不低于70%);
            // levels listed before the clause's 、 are part of it.
            let phraseOpen = boundary(
              s, from: clauseStart, back: true, limit: range.lowerBound, breaks: Self.phraseBreaks)
            let listed = ScalarText.string(s[phraseOpen..<clauseStart]).squeezed + indicator
            indicator = levels.restore(listed, previous: previous) ?? restored
          }
          // A line a conversion wrapped inside the indicator is no part of it.
          if indicator.unicodeScalars.contains("\n") {
            indicator = String(String.UnicodeScalarView(indicator.unicodeScalars.filter { $0 != "\n" }))
          }
          previousIndicator = indicator
          // A time in brackets closing the number's clause (建成示范点10个（2026年底前）) is its own,
          // and no other clause's.
          let bracketed = { (m: DeadlineFinder.Match) in
            m.range.lowerBound > 0 && Punctuation.roundOpen.contains(s[m.range.lowerBound - 1])
          }
          let trailing = found.first { m in
            bracketed(m) && m.range.lowerBound >= afterEnd && m.range.upperBound <= clauseEnd
          }
          let own =
            found.last(where: { $0.range.upperBound <= number.start && !bracketed($0) })?.deadline
            ?? trailing?.deadline ?? relative
          let afterUnit = ScalarText.string(s[afterEnd..<max(afterEnd, clauseEnd)])
          let phraseStart = boundary(
            s, from: number.start, back: true, limit: range.lowerBound, breaks: Self.sentenceBreaks)
          let phraseStop = boundary(
            s, from: number.end, back: false, limit: range.upperBound, breaks: Self.sentenceBreaks)
          // A threshold (营业收入5000万元以上的企业) is read after the list's last member.
          let last = numbers[lasts[index]]
          let lastAfter = comparators.comparator(
            for: last, in: s, clauseStart: last.start, clauseEnd: range.upperBound
          ).afterEnd
          let lastClauseEnd = boundary(
            s, from: lastAfter, back: false, limit: range.upperBound, breaks: Self.clauseBreaks)
          let isThreshold = classifier.isThreshold(
            unit: number.unit,
            bounded: lastAfter > last.end
              || rules.units.isMoney(number.unit) && (cueStart != nil || leader != nil),
            following: ScalarText.string(s[lastAfter..<max(lastAfter, lastClauseEnd)]))
          let grantsInClause = GrantFrame.grants(
            in: clauseStart..<max(clauseStart, clauseEnd), of: s, cues: rules.grantCues)
          var features = classifier.features(
            titles: region.titles, clauseBefore: ScalarText.string(s[clauseStart..<number.start]),
            opening: opening, phrase: ScalarText.string(s[phraseStart..<phraseStop]),
            clause: ScalarText.string(s[clauseStart..<max(clauseStart, clauseEnd)]), afterUnit: afterUnit,
            unit: number.unit, hasDeadline: own != nil, pastYear: pastYear, comparator: comparator,
            docType: doc.meta.docType)
          if grant != nil || grantsInClause { features.insert(.grant) }
          if isThreshold { features.insert(.threshold) }
          let kind = leader?.kind ?? classifier.kind(features)
          // Inherited deadlines govern goals, not facts; grants and thresholds are rules.
          var deadline =
            leader?.deadline?.from(.list) ?? own
            ?? (kind == .baseline ? nil : frame?.from(.goals) ?? parentDeadline?.from(.section))
          // A grant is a rule whatever the sentence's date; a threshold keeps only its own.
          if grant != nil { deadline = nil } else if isThreshold { deadline = own }
          let quoteStart = min(indicatorRange?.lowerBound ?? number.start, cueStart ?? number.start, number.start)
          let quoteEnd = max(afterEnd, indicatorRange?.upperBound ?? afterEnd)
          let (quote, span) = doc.quote(quoteStart..<quoteEnd)
          let quantity = Quantity(
            kind: kind, indicator: indicator, comparator: comparator, value: number.value, valueMax: number.valueMax,
            unit: number.unit, deadline: deadline, scope: scope, heading: region.heading?.id,
            provision: region.provision?.id, quote: quote, span: span)
          emitted[index] = quantity
          if leaders[index] == index, let grant { grantOfLeader[index] = grant }
          out.append(quantity)
        }
      }
    }
    return out
  }

  /// Sentences with the lines that a conversion wrapped inside them joined again: a line that
  /// ends without closing punctuation runs on into the next one when that starts with text.
  static func rejoiningWrappedLines(_ sentences: [Range<Int>], in s: TextScalars, after labelEnd: Int?)
    -> [Range<Int>]
  {
    var out: [Range<Int>] = []
    for sentence in sentences {
      guard let previous = out.last, let first = sentence.first.map({ s[$0] }),
        first.properties.isIdeographic || NumberScanner.isDigit(first),
        labelEnd.map({ !previous.contains($0) && previous.upperBound != $0 }) ?? true
      else {
        out.append(sentence)
        continue
      }
      var k = previous.upperBound
      var brokeLine = false
      while k > previous.lowerBound, ScalarText.isWhitespace(s[k - 1]) {
        if s[k - 1] == "\n" { brokeLine = true }
        k -= 1
      }
      let wrapped = brokeLine && k > previous.lowerBound && !Self.lineClosers.contains(s[k - 1])
      if wrapped {
        out[out.count - 1] = previous.lowerBound..<sentence.upperBound
      } else {
        out.append(sentence)
      }
    }
    return out
  }

  /// Whether the line break at `i` is one a conversion put inside a sentence: the line before
  /// ends without closing punctuation and the next starts with text.
  static func isWrap(_ s: TextScalars, at i: Int) -> Bool {
    guard s[i] == "\n", i > 0, i + 1 < s.count else { return false }
    let next = s[i + 1]
    return !lineClosers.contains(s[i - 1]) && !ScalarText.isWhitespace(s[i - 1])
      && (next.properties.isIdeographic || NumberScanner.isDigit(next))
  }

  /// What ends a line that is not wrapped: sentence and clause punctuation.
  static let lineClosers = Punctuation.sentenceEnds.union(Punctuation.colons).union([Punctuation.ellipsis])

  /// A figure in years from here on is a calendar year (2025年), not a duration (5年).
  static let firstCalendarYear = 1900.0

  /// Whether a number is of policy interest: it has a unit, and it is not a calendar year, a code
  /// (GB 38600) or a date. (Ordinals and slogans, 第3所 and 1+N, are left out by the scanner's
  /// number-exclusions.tsv.)
  private func accepts(_ n: NumberExpression, in s: TextScalars, range: Range<Int>, excluded: [Range<Int>]) -> Bool {
    guard let unit = n.unit else { return false }
    if excluded.contains(where: { $0.overlaps(n.start..<n.numberEnd) }) { return false }
    if rules.units.dimension(of: unit) == UnitLexicon.years, n.value >= Self.firstCalendarYear { return false }
    // Codes: letters just before (GB 38600, 5G is caught by having no unit).
    var k = n.start - 1
    while k >= range.lowerBound, s[k] == " " { k -= 1 }
    if k >= range.lowerBound, s[k].isASCII, s[k].properties.isAlphabetic || s[k] == "/" { return false }
    return true
  }

  /// Whether `clause` holds nothing but times (`excluded`, or numerals with frameTime words) and
  /// baseline cues (目前, 截至).
  private func isFrame(_ clause: Range<Int>, _ s: TextScalars, excluded: [Range<Int>]) -> Bool {
    var rest = String.UnicodeScalarView()
    var cuts = excluded.filter { $0.overlaps(clause) }.sorted { $0.lowerBound < $1.lowerBound }[...]
    for i in clause {
      while let cut = cuts.first, cut.upperBound <= i { cuts = cuts.dropFirst() }
      if let cut = cuts.first, cut.contains(i) { continue }
      if !ScalarText.isWhitespace(s[i]) && !NumberScanner.isDigit(s[i]) && !ChineseNumerals.isNumeral(s[i]) {
        rest.append(s[i])
      }
    }
    // A scalar no frame word is written with leaves the clause more than times and cues.
    guard rest.allSatisfy(frameWordScalars.contains) else { return false }
    return Self.isComposed(String(rest), of: rules.baselineCues + rules.frameTimeWords)
  }

  /// Whether `text` is a run of words of `words`.
  private static func isComposed(_ text: String, of words: [String]) -> Bool {
    if text.isEmpty { return true }
    return words.contains {
      !$0.isEmpty && text.hasPrefix($0) && isComposed(String(text.dropFirst($0.count)), of: words)
    }
  }

  /// A number in Chinese numerals without a comparator before it counts only as a duration
  /// (五年内) or in a rate (每年…一次): elsewhere 一, 三, 四级 are words, not figures.
  private func isChineseCountContext(_ n: NumberExpression, _ s: TextScalars, afterEnd: Int, clauseStart: Int)
    -> Bool
  {
    let cue = ScalarText.string(s[n.end..<afterEnd])
    if rules.countClosers.contains(cue), rules.units.dimension(of: n.unit) != UnitLexicon.grade { return true }
    if rules.units.isMoney(n.unit) { return true }
    let head = ScalarText.string(s[clauseStart..<n.start])
    return rules.perPeriodCues.contains(where: head.includes)
  }

  /// The nearest clause break from `i` (backwards or forwards), ignoring breaks inside brackets
  /// (各县（市、区）).
  private func boundary(_ s: TextScalars, from i: Int, back: Bool, limit: Int, breaks: ScalarSet) -> Int {
    var depth = 0
    if back {
      var j = i
      while j > limit {
        let c = s[j - 1]
        if Punctuation.roundClose.contains(c) {
          depth += 1
        } else if Punctuation.roundOpen.contains(c) {
          depth = max(0, depth - 1)
        } else if depth == 0, breaks.contains(c), !Self.isWrap(s, at: j - 1) {
          break
        }
        j -= 1
      }
      return j
    }
    var j = i
    while j < limit {
      let c = s[j]
      if Punctuation.roundOpen.contains(c) {
        depth += 1
      } else if Punctuation.roundClose.contains(c) {
        depth = max(0, depth - 1)
      } else if depth == 0, breaks.contains(c), !Self.isWrap(s, at: j) {
        break
      }
      j += 1
    }
    return j
  }
}
