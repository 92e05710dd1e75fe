/// Why bytes did not decode to text; ``DocumentReader`` adds the path to make an
/// ``IngestError``.
enum TextDecodingFailure: Error, Equatable, Sendable {
  /// The bytes are not text.
  case binary
  /// No charset reads the bytes; the closest charset and its first bad byte, when known.
  case undecodable(charset: String?, offset: Int?)
  /// NUL bytes fall as UTF-16 `charset` without a BOM puts them, but the bytes do not read as
  /// text in it: binary data, or UTF-16 too damaged to trust.
  case implausibleUTF16(charset: String)

  /// The failure as an ``IngestError`` about `path`.
  func ingestError(path: String) -> IngestError {
    switch self {
    case .binary: return .binaryFile(path: path)
    case .undecodable(let charset, let offset):
      return .undecodable(path: path, charset: charset, offset: offset)
    case .implausibleUTF16(let charset):
      return .uncertainEncoding(
        path: path,
        reason: "NUL bytes as in \(charset) without a byte-order mark, but the bytes do not read as text in it")
    }
  }
}
