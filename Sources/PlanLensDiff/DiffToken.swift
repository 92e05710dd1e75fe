/// One ICU segment of a provision's text: a word, or the spaces and punctuation between words.
struct DiffToken: Hashable, Sendable {
  var text: String
  var isWord: Bool
}
