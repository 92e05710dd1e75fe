/// Why a file could not be turned into a ``PlanLensModel/SourceDocument``.
///
/// Every case carries the path as given. `description` is one line naming the file, what is
/// wrong and what to do; the CLI prints it as `error: <description>`.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Nothing exists at the path (or it is a dangling symbolic link).
  case missingFile(path: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// The file has no bytes, or only a byte-order mark.
  case emptyFile(path: String)
  /// The bytes are not text: NUL bytes outside a UTF-16 pattern or many control bytes.
  case binaryFile(path: String)
  /// The bytes are not valid in any charset PlanLens reads. `charset` is the charset that came
  /// closest and `offset` the first byte it rejects, when known.
  case undecodable(path: String, charset: String?, offset: Int?)
  /// The extension is none PlanLens reads (.txt/.text, .docx, .doc, .wps, .odt, .html/.htm, .pdf,
  /// .ofd) and the content is not text either.
  /// `fileExtension` is lower-case without the dot ("" when the name has none).
  case unsupportedExtension(path: String, fileExtension: String)
  /// A .docx that is not a zip archive, lacks word/document.xml, or holds malformed XML.
  case brokenDocx(path: String, reason: String)
  /// The file exists but cannot be read (permission denied, not a regular file, I/O error).
  case unreadable(path: String, reason: String)
  /// The file decodes but holds no text: only whitespace, or markup without text.
  case noText(path: String, format: String)
  /// The bytes could be decoded, but not with confidence: `reason` says what was seen (NUL
  /// bytes as in UTF-16 that does not read as text).
  case uncertainEncoding(path: String, reason: String)
  /// The extension and the bytes disagree: a `.pdf` that holds text, an `.html` that is a zip.
  /// `fileExtension` is lower case without the dot; `content` says what the bytes are.
  case contentMismatch(path: String, fileExtension: String, content: String)
  /// A PDF whose pages carry no text layer (a scan: page images only). `pages` is how many
  /// pages it has.
  case scannedPDF(path: String, pages: Int)
  /// A PDF that needs a password to open.
  case encryptedPDF(path: String)
  /// A PDF poppler cannot read: damaged, truncated, or too slow to convert. `reason` is
  /// poppler's first message.
  case brokenPDF(path: String, reason: String)
  /// The program that reads this format is not installed: `tool` from the Debian `package`.
  case missingTool(path: String, tool: String, package: String)
  /// LibreOffice could not turn a .doc, .wps or .odt (`fileExtension`, lower case) into .docx:
  /// the file is damaged or not what its name says. `reason` is what was seen.
  case conversionFailed(path: String, fileExtension: String, reason: String)
  /// LibreOffice was still converting the file after `seconds` and was stopped.
  case conversionTimedOut(path: String, seconds: Int)
  /// A .doc, .wps or .docx that is password-protected (an encrypted OLE package).
  case encryptedDocument(path: String)
  /// An OFD (GB/T 33190) that cannot be read: not a zip, no OFD.xml, a missing or malformed part.
  case brokenOFD(path: String, reason: String)

  /// The path the error is about, as given.
  public var path: String {
    switch self {
    case .missingFile(let path), .isDirectory(let path), .emptyFile(let path),
      .binaryFile(let path), .undecodable(let path, _, _), .unsupportedExtension(let path, _),
      .brokenDocx(let path, _), .unreadable(let path, _), .noText(let path, _),
      .uncertainEncoding(let path, _), .contentMismatch(let path, _, _), .scannedPDF(let path, _),
      .encryptedPDF(let path), .brokenPDF(let path, _), .missingTool(let path, _, _),
      .conversionFailed(let path, _, _), .conversionTimedOut(let path, _), .encryptedDocument(let path),
      .brokenOFD(let path, _):
      return path
    }
  }

  /// One line: `<path>: <what is wrong>; <what to do>`.
  public var description: String {
    let file = Self.oneLine(path)
    switch self {
    case .missingFile:
      return "\(file): no such file; check the path"
    case .isDirectory:
      return "\(file): is a directory, not a file; pass a .txt, .docx or .html file inside it"
    case .emptyFile:
      return "\(file): the file is empty; nothing to extract"
    case .binaryFile:
      return "\(file): the file is binary, not text; convert it to .txt, .docx or .html first"
    case .undecodable(_, let charset?, let offset):
      let at = offset.map { " (first bad byte at offset \($0))" } ?? ""
      return
        "\(file): the text is not valid \(Self.oneLine(charset))\(at) nor in any other charset PlanLens reads; re-save it as UTF-8"
    case .undecodable(_, nil, _):
      return "\(file): the text encoding could not be recognised; re-save it as UTF-8"
    case .unsupportedExtension(_, let ext) where ext.isEmpty:
      return
        "\(file): a file without an extension is read only when it holds text, and this one does not; convert it to .txt, .docx or .html"
    case .unsupportedExtension(_, let ext):
      return "\(file): .\(Self.oneLine(ext)) files are not supported; convert it to .txt, .docx or .html"
    case .brokenDocx(_, let reason):
      return "\(file): not a readable .docx (\(Self.oneLine(reason))); re-save it as .docx from Word or WPS"
    case .unreadable(_, let reason):
      return "\(file): cannot be read (\(Self.oneLine(reason))); check that it is a regular file you may read"
    case .noText(_, let format):
      return "\(file): no text found in this \(Self.oneLine(format)) file; nothing to extract"
    case .uncertainEncoding(_, let reason):
      return
        "\(file): the text encoding cannot be told with confidence (\(Self.oneLine(reason))); it is binary data or damaged text — re-save it as UTF-8"
    case .contentMismatch(_, let ext, let content):
      let named = ext.isEmpty ? "no extension" : ".\(Self.oneLine(ext))"
      return
        "\(file): the name says \(named) but the file is \(Self.oneLine(content)); rename it to match its content, or convert it to .txt, .docx or .html"
    case .scannedPDF(_, let pages):
      let count = pages == 1 ? "its page is an image" : "its \(pages) pages are images"
      return
        "\(file): a scanned PDF without a text layer (\(count), no text); install tesseract with its Chinese model"
        + " (Debian \(PDFPageRecognizer.package)) for PlanLens to read it by OCR, or find the text version"
    case .encryptedPDF:
      return "\(file): the PDF is encrypted and needs a password; save an unprotected copy and read that"
    case .brokenPDF(_, let reason):
      return "\(file): not a readable PDF (\(Self.oneLine(reason))); download it again or re-save it as PDF"
    case .missingTool(_, let tool, let package):
      return
        "\(file): reading this format needs \(Self.oneLine(tool)), which is not installed; install it with `apt-get install \(Self.oneLine(package))`"
    case .conversionFailed(_, let ext, let reason):
      return
        "\(file): LibreOffice could not convert this .\(Self.oneLine(ext)) file (\(Self.oneLine(reason))); it is damaged or not a word-processor document — open it in WPS or Word and save it as .docx"
    case .conversionTimedOut(_, let seconds):
      return
        "\(file): LibreOffice was still converting it after \(seconds) seconds and was stopped; the file may be damaged — open it in WPS or Word and save it as .docx"
    case .encryptedDocument:
      return "\(file): the document is password-protected; save an unprotected copy and read that"
    case .brokenOFD(_, let reason):
      return
        "\(file): not a readable OFD file (\(Self.oneLine(reason))); download it again or export it again as OFD or PDF"
    }
  }

  /// `text` with line breaks and tabs turned into spaces, so a description stays one line.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { s in
          s.properties.generalCategory == .control || s == "\u{2028}" || s == "\u{2029}"
            ? " " : s
        }))
  }
}
