import Crypto
import Foundation
import PlanLensModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file from disk into a ``PlanLensModel/SourceDocument``: plain text in any charset
/// PlanLens knows, .docx (with its automatic numbering drawn), .doc / .wps / .odt (converted to
/// .docx by LibreOffice), an HTML page, a PDF's text layer (through poppler's `pdftotext`) or
/// an OFD's text; for PDF and OFD with the offset where each page starts.
///
/// The text of a plain-text file is kept exactly as decoded (line endings and all), since every
/// span indexes it; only a leading U+FEFF is dropped.
public struct DocumentReader: Sendable {
  /// Runs LibreOffice for .doc, .wps and .odt files.
  var converter = WordProcessorConverter()
  /// How PDFs are read: poppler's text layer, and OCR for scans when tesseract is installed.
  var pdf = PDFTextExtractor()

  public init() {}

  /// Reads the file at `path` (used as given for `SourceInfo.path`).
  ///
  /// Dispatches on the extension: .txt/.text → text, .docx → Word, .doc/.wps/.odt → Word
  /// through LibreOffice, .html/.htm/.shtml → web page, .pdf → PDF, .ofd → OFD; other files
  /// are read as text when their bytes are text.
  public func read(path: String) throws(IngestError) -> SourceDocument {
    let data = try Self.load(path)
    return try read(data: data, path: path)
  }

  /// Reads `data` as if it were the content of the file at `path` (whose extension chooses the
  /// format); the disk is not touched.
  public func read(data: Data, path: String) throws(IngestError) -> SourceDocument {
    guard !data.isEmpty else { throw .emptyFile(path: path) }
    let bytes = [UInt8](data)
    let extracted: (text: String, encoding: String, format: String)
    var pageStarts: [Int]?
    var ocr: String?
    let signature = FileSignature(bytes)
    switch DocumentFormat(path: path) {
    case .text:
      // A document container named .txt is misnamed; an image or archive is simply binary.
      if let signature, signature != .image, signature != .archive {
        throw .contentMismatch(path: path, fileExtension: "txt", content: signature.noun)
      }
      let decoded = try Self.decodeText(bytes, path: path)
      extracted = (decoded.text, decoded.encoding, "txt")
    case .docx:
      // An OLE file is told apart by DocxPackage (a .doc renamed, or an encrypted .docx).
      if let signature, signature != .zip, signature != .ole {
        throw .contentMismatch(path: path, fileExtension: "docx", content: signature.noun)
      }
      extracted = (try DocxTextExtractor().extract(data, path: path), "UTF-8", "docx")
    case .html:
      if let signature { throw .contentMismatch(path: path, fileExtension: "html", content: signature.noun) }
      let decoded = try Self.decodeHTML(bytes, path: path)
      extracted = (HTMLTextExtractor().extract(decoded.text), decoded.encoding, "html")
    case .pdf:
      guard signature == .pdf else {
        throw .contentMismatch(path: path, fileExtension: "pdf", content: Self.content(signature, bytes))
      }
      let paged = try pdf.extract(data, path: path)
      extracted = (paged.text, "UTF-8", "pdf")
      pageStarts = paged.pageStarts
      ocr = paged.ocr
    case .wordProcessor(let ext):
      let docx = try convertedToDocx(data, bytes: bytes, signature: signature, path: path, fileExtension: ext)
      do {
        extracted = (try DocxTextExtractor().extract(docx, path: path), "UTF-8", ext)
      } catch {
        throw .conversionFailed(path: path, fileExtension: ext, reason: "LibreOffice made a .docx that cannot be read")
      }
    case .ofd:
      guard signature == .zip else {
        throw .contentMismatch(path: path, fileExtension: "ofd", content: Self.content(signature, bytes))
      }
      let paged = try OFDTextExtractor().extract(data, path: path)
      extracted = (paged.text, "UTF-8", "ofd")
      pageStarts = paged.pageStarts
    case .other(let ext):
      extracted = try Self.readOther(data, bytes: bytes, path: path, fileExtension: ext)
    }
    if extracted.text.isEmpty, extracted.format == "txt" { throw .emptyFile(path: path) }
    if extracted.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      throw .noText(path: path, format: extracted.format)
    }
    let info = SourceInfo(
      path: path, sha256: Self.sha256Hex(data), encoding: extracted.encoding,
      format: extracted.format, ocr: ocr)
    return SourceDocument(info: info, text: extracted.text, pageStarts: pageStarts)
  }

  /// Lower-case hex SHA-256 of `data`.
  static func sha256Hex(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".unicodeScalars)
    var view = String.UnicodeScalarView()
    for byte in SHA256.hash(data: data) {
      view.append(digits[Int(byte >> 4)])
      view.append(digits[Int(byte & 0x0F)])
    }
    return String(view)
  }

  // MARK: - Formats

  /// What `bytes` are, for a mismatch message: their signature's noun, else text or unknown data.
  private static func content(_ signature: FileSignature?, _ bytes: [UInt8]) -> String {
    signature?.noun ?? ((try? TextBytesDecoder().decode(bytes)) != nil ? "plain text" : "data of no known format")
  }

  /// The .docx LibreOffice makes of a .doc / .wps (an OLE file holding a Word document stream)
  /// or an .odt (OpenDocument text), once the bytes are checked to be what the name says.
  private func convertedToDocx(
    _ data: Data, bytes: [UInt8], signature: FileSignature?, path: String, fileExtension ext: String
  ) throws(IngestError) -> Data {
    let promised = FileSignature.promised(byExtension: ext)
    guard signature == promised else {
      throw .contentMismatch(path: path, fileExtension: ext, content: Self.content(signature, bytes))
    }
    if signature == .zip {
      let kind: ZipDocumentKind
      do throws(PackageFailure) {
        kind = ZipDocumentKind(try ZipPackage(data: data))
      } catch {
        throw .conversionFailed(path: path, fileExtension: ext, reason: error.reason)
      }
      guard kind == .openDocumentText else {
        throw .contentMismatch(path: path, fileExtension: ext, content: kind.noun)
      }
    } else {
      let ole = OLECompoundFile(bytes)
      if ole.isEncrypted { throw .encryptedDocument(path: path) }
      guard ole.hasStream(named: "WordDocument") else {
        throw .conversionFailed(
          path: path, fileExtension: ext, reason: "an OLE file without a Word document stream")
      }
    }
    return try converter.docx(from: data, fileExtension: ext, path: path)
  }

  private static func decodeText(_ bytes: [UInt8], path: String) throws(IngestError) -> DecodedText {
    do throws(TextDecodingFailure) {
      return try TextBytesDecoder().decode(bytes)
    } catch {
      throw error.ingestError(path: path)
    }
  }

  /// An HTML page's bytes in the charset its `<meta>` declares, else as detected.
  private static func decodeHTML(_ bytes: [UInt8], path: String) throws(IngestError) -> DecodedText {
    do throws(TextDecodingFailure) {
      if let declared = HTMLCharsetSniffer().declaredCharset(in: bytes) {
        return try TextBytesDecoder().decode(bytes, declaredCharset: declared)
      }
      return try TextBytesDecoder().decode(bytes)
    } catch {
      throw error.ingestError(path: path)
    }
  }

  /// A file whose extension names no supported format: a zip is tried as .docx, text as text
  /// (or HTML when it starts like a page); anything else is unsupported.
  private static func readOther(
    _ data: Data, bytes: [UInt8], path: String, fileExtension: String
  ) throws(IngestError) -> (text: String, encoding: String, format: String) {
    let unsupported = IngestError.unsupportedExtension(path: path, fileExtension: fileExtension)
    // An .xls or .rtf is not read; one whose bytes are something else is misnamed.
    if let promised = FileSignature.promised(byExtension: fileExtension) {
      let actual = FileSignature(bytes)
      if actual == promised { throw unsupported }
      throw .contentMismatch(path: path, fileExtension: fileExtension, content: content(actual, bytes))
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      guard let text = try? DocxTextExtractor().extract(data, path: path) else { throw unsupported }
      return (text, "UTF-8", "docx")
    }
    // RTF decodes as text but is markup PlanLens does not read.
    if bytes.starts(with: Array("{\\rtf".utf8)) { throw unsupported }
    guard let decoded = try? TextBytesDecoder().decode(bytes) else { throw unsupported }
    if HTMLTextExtractor.looksLikeHTML(decoded.text) {
      return (HTMLTextExtractor().extract(decoded.text), decoded.encoding, "html")
    }
    return (decoded.text, decoded.encoding, "txt")
  }

  // MARK: - Disk

  /// The bytes of the regular file at `path`, or the reason they cannot be had.
  private static func load(_ path: String) throws(IngestError) -> Data {
    var status = stat()
    if path.isEmpty || stat(path, &status) != 0 {
      let code = errno
      if path.isEmpty || code == ENOENT || code == ENOTDIR || code == ELOOP {
        throw .missingFile(path: path)
      }
      throw .unreadable(path: path, reason: reason(errno: code))
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: throw .isDirectory(path: path)
    case S_IFREG: break
    default: throw .unreadable(path: path, reason: "not a regular file")
    }
    if access(path, R_OK) != 0 {
      throw .unreadable(path: path, reason: reason(errno: errno))
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch let error as CocoaError where error.code == .fileReadNoPermission {
      throw .unreadable(path: path, reason: "permission denied")
    } catch {
      throw .unreadable(path: path, reason: IngestError.oneLine(error.localizedDescription))
    }
  }

  private static func reason(errno code: Int32) -> String {
    if code == EACCES || code == EPERM { return "permission denied" }
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message).lowercased()
  }
}
