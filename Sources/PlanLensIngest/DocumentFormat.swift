/// The container format a file's extension announces.
enum DocumentFormat: Sendable, Equatable {
  case text
  case docx
  case html
  /// A PDF, read through poppler's `pdftotext`.
  case pdf
  /// A word-processor file LibreOffice converts to .docx: "doc" and "wps" (OLE compound files
  /// of Word 97–2003 and Kingsoft WPS) and "odt" (OpenDocument text).
  case wordProcessor(fileExtension: String)
  /// An OFD (GB/T 33190) fixed-layout document, read natively.
  case ofd
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
    case "doc", "wps", "odt": self = .wordProcessor(fileExtension: ext)
    case "ofd": self = .ofd
    default: self = .other(fileExtension: ext)
    }
  }
}
