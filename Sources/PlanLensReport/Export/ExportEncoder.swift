import Foundation
import PlanLensModel

/// Encodes extraction exports as the JSON of the export contract (camelCase keys, nulls kept,
/// Chinese unescaped).
public struct ExportEncoder: Sendable {
  public let pretty: Bool

  public init(pretty: Bool = true) {
    self.pretty = pretty
  }

  public func encode<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }
}
