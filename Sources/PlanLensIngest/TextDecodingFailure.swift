/// Why bytes did not decode to text; ``DocumentReader`` adds the path to make an
/// ``IngestError``.
enum TextDecodingFailure: Error, Equatable, Sendable {
  /// The bytes are not text.
  case binary
  /// No charset reads the bytes; the closest charset and its first bad byte, when known.
  case undecodable(charset: String?, offset: Int?)

  /// The failure as an ``IngestError`` about `path`.
  func ingestError(path: String) -> IngestError {
    switch self {
    case .binary: return .binaryFile(path: path)
    case .undecodable(let charset, let offset):
      return .undecodable(path: path, charset: charset, offset: offset)
    }
  }
}
