import Foundation
import PlanLensModel

/// The one JSON encoding of PlanLens: the extraction export of the export contract (camelCase
/// keys, nulls kept, Chinese unescaped), and likewise every other JSON it writes (tables, the
/// comparison, the diff), keys sorted.
public struct ExportEncoder: Sendable {
  public let pretty: Bool

  public init(pretty: Bool = true) {
    self.pretty = pretty
  }

  public func encode<T: Encodable>(_ value: T) throws -> Data {
    try makeJSONEncoder().encode(value)
  }

  /// A JSONEncoder set up as this encoding, for encoding many values in turn on one thread.
  public func makeJSONEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
