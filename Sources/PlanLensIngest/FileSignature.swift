/// What a file's first bytes say it is, whatever its name says: the magic numbers of the
/// containers a folder of plans holds besides text.
///
/// ```swift
/// FileSignature(bytes)           // .pdf for "%PDF-1.7…", nil for text
/// FileSignature(bytes)?.noun     // "a PDF document"
/// ```
///
/// Used to make a file's extension and its bytes agree (a `.pdf` that is text, a `.docx` that
/// is OLE, an `.html` that is a zip are refused); the .doc / .wps / .odt and OFD readers check
/// it before they convert or unpack anything.
public enum FileSignature: String, Sendable, CaseIterable {
  /// A zip archive (`PK\x03\x04`): .docx, .xlsx, OFD, or a plain .zip.
  case zip
  /// An OLE2 compound file: legacy .doc / .xls / .ppt, WPS, or a password-protected .docx.
  case ole
  /// A PDF document (`%PDF-`).
  case pdf
  /// Rich Text Format (`{\rtf`).
  case rtf
  /// An image: PNG, JPEG or GIF.
  case image
  /// A gzip, 7-Zip or RAR archive.
  case archive

  /// The signature at the start of `bytes`, or nil when they start like none of these (text,
  /// or an unknown binary format).
  public init?(_ bytes: some Collection<UInt8>) {
    let head = Array(bytes.prefix(8))
    func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
      self = .zip
    } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      self = .ole
    } else if starts(Array("%PDF-".utf8)) {
      self = .pdf
    } else if starts(Array("{\\rtf".utf8)) {
      self = .rtf
    } else if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8)) {
      self = .image
    } else if starts([0x1F, 0x8B]) || starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) || starts(Array("Rar!".utf8)) {
      self = .archive
    } else {
      return nil
    }
  }

  /// The signature a file extension (lower case, no dot) promises, when it names one of these
  /// containers: "pdf" → `.pdf`, "doc" → `.ole`, "ofd" → `.zip`.
  public static func promised(byExtension ext: String) -> FileSignature? {
    switch ext {
    case "docx", "xlsx", "pptx", "ofd", "odt", "zip", "epub": return .zip
    case "doc", "xls", "ppt", "wps", "et", "dps": return .ole
    case "pdf": return .pdf
    case "rtf": return .rtf
    case "png", "jpg", "jpeg", "gif": return .image
    case "gz", "tgz", "7z", "rar": return .archive
    default: return nil
    }
  }

  /// What the bytes are, for a message: "a zip archive (a .docx, .xlsx or OFD file)".
  public var noun: String {
    switch self {
    case .zip: return "a zip archive (a .docx, .odt, .xlsx or OFD file, or a .zip)"
    case .ole: return "an OLE compound file (a legacy .doc/.xls/.wps, or a password-protected document)"
    case .pdf: return "a PDF document"
    case .rtf: return "an RTF document"
    case .image: return "an image"
    case .archive: return "a compressed archive"
    }
  }
}
