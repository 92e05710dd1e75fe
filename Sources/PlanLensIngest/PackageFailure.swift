/// Why a zip package of XML parts (a .docx, an OFD) could not be read, as a short phrase
/// ("word/document.xml is missing"); the format's extractor turns it into its ``IngestError``
/// (``IngestError/brokenDocx(path:reason:)``, ``IngestError/brokenOFD(path:reason:)``).
struct PackageFailure: Error, Equatable, Sendable {
  var reason: String
}
