/// Why a .docx could not be read, as a short phrase ("word/document.xml is missing");
/// ``DocxTextExtractor`` turns it into ``IngestError/brokenDocx(path:reason:)``.
struct DocxFailure: Error, Equatable, Sendable {
  var reason: String
}
