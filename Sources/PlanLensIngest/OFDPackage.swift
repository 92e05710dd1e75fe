import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The zip container of an OFD (GB/T 33190): `OFD.xml` names the document root
/// (`DocBody/DocRoot`), whose `Document.xml` lists the pages (`Pages/Page@BaseLoc`), each a
/// `Content.xml`. Parts are read through ``ZipPackage``, with its size limit.
struct OFDPackage {
  /// The entry part every OFD package has at its root.
  static let entryPart = "OFD.xml"

  private let zip: ZipPackage

  /// Opens `data` as a zip archive.
  init(data: Data) throws(PackageFailure) {
    zip = try ZipPackage(data: data)
  }

  /// The paths of the first document's page parts (`Content.xml`), in page order.
  func pageParts() throws(PackageFailure) -> [String] {
    guard let entry = try zip.data(of: Self.entryPart) else {
      throw PackageFailure(reason: "\(Self.entryPart) is missing, so it is not an OFD package")
    }
    let root = OFDElementCollector(element: "DocRoot")
    try XMLPartParsing.parse(entry, part: Self.entryPart, delegate: root)
    guard let docRoot = root.texts.first(where: { !$0.isEmpty }) else {
      throw PackageFailure(reason: "\(Self.entryPart) names no document (DocBody/DocRoot)")
    }
    let documentPart = ZipPackage.resolve(docRoot, relativeTo: "")
    guard let document = try zip.data(of: documentPart) else {
      throw PackageFailure(reason: "\(documentPart), the document \(Self.entryPart) names, is missing")
    }
    let pages = OFDElementCollector(element: "Page", attribute: "BaseLoc", inside: "Pages")
    try XMLPartParsing.parse(document, part: documentPart, delegate: pages)
    guard !pages.attributes.isEmpty else { throw PackageFailure(reason: "\(documentPart) lists no pages") }
    let directory = ZipPackage.directory(of: documentPart)
    return pages.attributes.map { ZipPackage.resolve($0, relativeTo: directory) }
  }

  /// The bytes of `part`, nil when the package has no such part (see ``ZipPackage/data(of:)``).
  func data(of part: String) throws(PackageFailure) -> Data? {
    try zip.data(of: part)
  }
}
