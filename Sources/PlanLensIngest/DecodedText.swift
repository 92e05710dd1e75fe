/// Text decoded from a file's bytes and the charset it was read as ("UTF-8", "GB18030", …).
struct DecodedText: Sendable, Equatable {
  var text: String
  var encoding: String
}
