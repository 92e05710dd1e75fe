import Foundation

/// Writes to standard output without buffering surprises between several documents.
enum StandardOutput {
  static func write(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }
}

/// One-line messages to standard error.
enum StandardError {
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}

/// The one-line text of an error, prefixed with the file it concerns when it does not say so.
enum ErrorDescription {
  static func of(_ error: any Error, path: String) -> String {
    let text = String(describing: error)
    return text.contains(path) ? text : "\(path): \(text)"
  }
}
