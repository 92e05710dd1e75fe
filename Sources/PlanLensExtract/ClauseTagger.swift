import PlanLensText

/// Tags the words of a sentence for the indicator cutter.
///
/// ICU segments the sentence once; a run of ICU words that spells a lexicon word becomes one
/// word when it is a lexical word (组|建 → 组建, 县|民政局 → 县民政局); each word takes the lexicon's tags, and the spans the
/// number scanner and the deadline finder found mark the words they cover as numbers, units and
/// times.
struct ClauseTagger: Sendable {
  let lexicon: WordLexicon
  let segmenter = TextSegmenter()

  /// A span of the sentence already read by another scanner, with what it is.
  struct Mark: Sendable {
    var range: Range<Int>
    var tags: WordTags
  }

  func tag(_ s: TextScalars, _ range: Range<Int>, marks: [Mark]) -> TaggedSentence {
    let segments = (try? segmenter.words(in: ScalarText.string(s[range]))) ?? []
    var words: [TaggedWord] = []
    words.reserveCapacity(segments.count)
    var i = 0
    while i < segments.count {
      let (count, text) = longestRun(segments, from: i)
      let first = segments[i]
      let last = segments[i + count - 1]
      let r = (range.lowerBound + first.range.lowerBound)..<(range.lowerBound + last.range.upperBound)
      var tags = lexicon.tags(of: text)
      if first.kind == .other { tags.insert(.punctuation) }
      words.append(TaggedWord(range: r, text: text, kind: first.kind, tags: tags))
      i += count
    }
    // Marks from the scanners: each finds its first word by binary search over the sorted words.
    for mark in marks where !mark.range.isEmpty {
      var lower = 0
      var upper = words.count
      while lower < upper {
        let mid = (lower + upper) / 2
        if words[mid].range.upperBound <= mark.range.lowerBound { lower = mid + 1 } else { upper = mid }
      }
      var k = lower
      while k < words.count, words[k].range.lowerBound < mark.range.upperBound {
        words[k].tags.formUnion(mark.tags)
        k += 1
      }
    }
    return TaggedSentence(range: range, words: words, lexicon: lexicon)
  }

  /// Tags of words, which ICU may split and the lexicon joins; stop-words and rule phrases
  /// (的标准) are matched on ICU's own words and never joined.
  static let lexicalTags: WordTags = [
    .verb, .preposition, .department, .role, .comparator, .conjunction, .copula, .purpose, .increment,
  ]

  /// How many ICU words from `i` form one word, and its text: the longest run of ideographic
  /// words that spells a lexicon entry, or the single word.
  private func longestRun(_ segments: [TextSegment], from i: Int) -> (Int, String) {
    guard segments[i].kind == .ideographic else { return (1, segments[i].text) }
    var best = (1, segments[i].text)
    var text = segments[i].text
    var length = text.unicodeScalars.count
    var j = i + 1
    while j < segments.count, segments[j].kind == .ideographic {
      length += segments[j].text.unicodeScalars.count
      guard length <= lexicon.longest else { break }
      text += segments[j].text
      if !lexicon.entryTags(of: text).isDisjoint(with: Self.lexicalTags) { best = (j - i + 1, text) }
      j += 1
    }
    return best
  }
}
