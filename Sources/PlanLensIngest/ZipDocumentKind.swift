import Foundation

/// What kind of document a zip package is, told from the parts it holds: OpenDocument text
/// (its `mimetype` part), a Word .docx (`word/document.xml`), an OFD (`OFD.xml`), or another
/// zip. Used to refuse an .odt that is really a .docx, or an OFD that is not one.
enum ZipDocumentKind: Equatable, Sendable {
  /// OpenDocument text: `mimetype` says `application/vnd.oasis.opendocument.text`.
  case openDocumentText
  /// Another OpenDocument type (a spreadsheet, a presentation): the `mimetype` it declares.
  case otherOpenDocument(mimetype: String)
  /// A Word .docx (Office Open XML word-processing package).
  case docx
  /// An OFD package (GB/T 33190).
  case ofd
  /// A zip archive of none of these kinds.
  case other

  /// The `mimetype` part of an OpenDocument text document.
  static let openDocumentTextMimetype = "application/vnd.oasis.opendocument.text"

  /// The kind of the zip `package`.
  init(_ package: ZipPackage) {
    if let declared = try? package.data(of: "mimetype") {
      let mimetype = String(decoding: declared, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      self = mimetype == Self.openDocumentTextMimetype ? .openDocumentText : .otherOpenDocument(mimetype: mimetype)
    } else if package.contains("word/document.xml") {
      self = .docx
    } else if package.contains("OFD.xml") {
      self = .ofd
    } else {
      self = .other
    }
  }

  /// What the package is, for a message: "a Word .docx document".
  var noun: String {
    switch self {
    case .openDocumentText: return "an OpenDocument text (.odt)"
    case .otherOpenDocument(let mimetype): return "an OpenDocument file of type \(mimetype), not text"
    case .docx: return "a Word .docx document"
    case .ofd: return "an OFD document"
    case .other: return "a zip archive that is neither an .odt, a .docx nor an OFD"
    }
  }
}
