import PlanLensText

/// One word of a tagged sentence: an ICU word, or several that the lexicon joined (组|建 →
/// 组建), in scalar offsets of the normalised text.
struct TaggedWord: Sendable, Hashable {
  var range: Range<Int>
  var text: String
  /// What ICU's word rules say the word is.
  var kind: TextSegment.Kind
  var tags: WordTags

  /// Whether the word is a word (not spaces or punctuation).
  var isWord: Bool { kind != .other }
}
