/// Failures of the text layer: ICU calls and undecodable bytes.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An ICU function failed with this UErrorCode.
  case icu(function: String, code: Int32)
  /// The bytes are not valid in the charset; `offset` is the byte where decoding stopped.
  case undecodable(charset: String, offset: Int?)
  /// No charset could be determined.
  case unknownCharset
  /// A regular expression of a rule table does not compile (ICU's error code, at `offset`).
  case badPattern(pattern: String, offset: Int, code: Int32)

  public var description: String {
    switch self {
    case .icu(let function, let code):
      return "ICU \(function) failed (UErrorCode \(code)); is libicu-dev installed?"
    case .undecodable(let charset, let offset):
      let at = offset.map { " at byte \($0)" } ?? ""
      return "the bytes are not valid \(charset)\(at)"
    case .unknownCharset:
      return "the charset could not be determined"
    case .badPattern(let pattern, let offset, let code):
      return "not a regular expression: \(pattern) (ICU error \(code) at offset \(offset)); fix the rule table row"
    }
  }
}
