/// The container format a file's extension announces.
enum DocumentFormat: Sendable, Equatable {
  case text
  case docx
  case html
  /// A PDF, read through poppler's `pdftotext`.
  case pdf
  /// Any other extension, or none: read as text when the bytes are text.
  case other(fileExtension: String)

  /// The format for `path`'s extension, compared case-insensitively.
  init(path: String) {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    let ext: String
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      ext = String(name[name.index(after: dot)...]).lowercased()
    } else {
      ext = ""
    }
    switch ext {
    case "txt", "text": self = .text
    case "docx": self = .docx
    case "html", "htm", "shtml", "xhtml": self = .html
    case "pdf": self = .pdf
    default: self = .other(fileExtension: ext)
    }
  }
}
