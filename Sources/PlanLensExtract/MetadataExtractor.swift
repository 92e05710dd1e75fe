import PlanLensModel
import PlanLensText

/// Reads a plan's metadata (title, jurisdiction, level, type, status, issuer, number, date, period).
public struct MetadataExtractor: Sendable {
  public init() throws {}

  public func extract(from text: MappedText, outline: DocumentOutline) throws -> DocumentMeta {
    DocumentMeta()
  }
}
