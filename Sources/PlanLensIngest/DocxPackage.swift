import Foundation

/// The zip container of a .docx: finds the main document part and its numbering and styles
/// parts through the package relationships, and reads parts.
struct DocxPackage {
  private let zip: ZipPackage

  /// Opens `data` as a zip archive; an OLE file (a legacy .doc, or a password-protected
  /// document) is told apart.
  init(data: Data) throws(PackageFailure) {
    if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw PackageFailure(
        reason: "it is an OLE compound file (a legacy .doc or a password-protected document), not a zip archive")
    }
    zip = try ZipPackage(data: data)
  }

  /// The path of the main document part: the officeDocument relationship's target, else
  /// `word/document.xml`.
  func mainDocumentPath() -> String {
    guard let rels = relationships(of: ""), let target = rels.target(typeSuffix: "officeDocument")
    else { return "word/document.xml" }
    return ZipPackage.resolve(target, relativeTo: "")
  }

  /// The path of the part `source` links to with a relationship of type `typeSuffix`
  /// ("numbering", "styles"), else `fallback`.
  func relatedPart(of source: String, typeSuffix: String, fallback: String) -> String {
    let directory = ZipPackage.directory(of: source)
    let name = String(source.dropFirst(directory.count))
    guard let rels = relationships(of: directory + "_rels/" + name + ".rels", isFullPath: true),
      let target = rels.target(typeSuffix: typeSuffix)
    else { return fallback }
    return ZipPackage.resolve(target, relativeTo: directory)
  }

  /// The bytes of `part`, nil when the package has no such part (see ``ZipPackage/data(of:)``).
  func data(of part: String) throws(PackageFailure) -> Data? {
    try zip.data(of: part)
  }

  private func relationships(of directory: String, isFullPath: Bool = false) -> DocxRelationshipsParser? {
    let path = isFullPath ? directory : directory + "_rels/.rels"
    guard let data = try? data(of: path) else { return nil }
    let parser = DocxRelationshipsParser()
    guard (try? XMLPartParsing.parse(data, part: path, delegate: parser)) != nil else { return nil }
    return parser
  }
}
