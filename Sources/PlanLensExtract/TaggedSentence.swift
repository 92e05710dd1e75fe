import PlanLensText

/// One sentence as tagged words: segmented once by ICU, runs the lexicon knows joined, and each
/// word marked with what it is (number, unit, time, scope, verb, …).
///
/// The indicator cutter reads any phrase of the sentence through `words(in:)`, so every phrase
/// is cut at the same word boundaries, the sentence's own.
struct TaggedSentence: Sendable {
  let range: Range<Int>
  let words: [TaggedWord]
  private let lexicon: WordLexicon

  init(range: Range<Int>, words: [TaggedWord], lexicon: WordLexicon) {
    self.range = range
    self.words = words
    self.lexicon = lexicon
  }

  /// The words inside `r`; a word that `r` cuts through is clipped to it and tagged anew.
  func words(in r: Range<Int>, of s: TextScalars) -> [TaggedWord] {
    guard !r.isEmpty else { return [] }
    var lower = 0
    var upper = words.count
    // The first word ending after r's start.
    while lower < upper {
      let mid = (lower + upper) / 2
      if words[mid].range.upperBound <= r.lowerBound { lower = mid + 1 } else { upper = mid }
    }
    var out: [TaggedWord] = []
    var i = lower
    while i < words.count, words[i].range.lowerBound < r.upperBound {
      var word = words[i]
      let clipped = max(word.range.lowerBound, r.lowerBound)..<min(word.range.upperBound, r.upperBound)
      if clipped != word.range {
        word.range = clipped
        word.text = ScalarText.string(s[clipped])
        word.tags = lexicon.tags(of: word.text).union(word.tags.intersection(Self.spanTags))
      }
      out.append(word)
      i += 1
    }
    return out
  }

  /// Tags that come from spans of the text (numbers, deadlines), not from the word itself.
  static let spanTags: WordTags = [.number, .unit, .time, .scope, .rate]
}
