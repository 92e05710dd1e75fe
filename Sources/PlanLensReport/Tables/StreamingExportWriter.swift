import Foundation
import PlanLensModel

/// Writes an extraction's export JSON piece by piece: the same bytes as
/// ``ExportEncoder/encode(_:)``, but each heading, provision, quantity, responsibility and
/// milestone is encoded on its own and handed to the sink in chunks, so a 50 MB document's
/// export never stands whole in memory (JSONEncoder holds the whole tree and then the whole
/// output, several times the input).
public struct StreamingExportWriter: Sendable {
  public let encoder: ExportEncoder
  /// Bytes gathered before the sink is called.
  public static let chunkSize = 1 << 16

  public init(encoder: ExportEncoder) {
    self.encoder = encoder
  }

  /// Encodes `document` into `sink`, in order.
  public func write(_ document: ExtractedDocument, to sink: (Data) -> Void) throws {
    // The document with its long arrays emptied: everything else, keys sorted as always.
    var skeleton = document
    skeleton.headings = []
    skeleton.provisions = []
    skeleton.quantities = []
    skeleton.responsibilities = []
    skeleton.milestones = []
    // One JSONEncoder for the whole document: making one per element cost more than encoding it.
    let json = encoder.makeJSONEncoder()
    let frame = try json.encode(skeleton)

    let arrays: [(key: String, elements: [any Encodable])] = [
      ("headings", document.headings), ("milestones", document.milestones), ("provisions", document.provisions),
      ("quantities", document.quantities), ("responsibilities", document.responsibilities),
    ]
    var out = Data()
    var position = frame.startIndex
    for (key, elements) in arrays {
      // `"key" : []` at the top level: strings escape their quotes, so the key in quotes
      // followed by the separator cannot occur inside a value.
      let marker = Data(("\"\(key)\"" + (encoder.pretty ? " : " : ":")).utf8)
      guard let found = frame.range(of: marker, in: position..<frame.endIndex),
        let close = frame[found.upperBound...].firstIndex(of: UInt8(ascii: "]"))
      else { throw StreamingExportError.frameWithoutArray(key) }
      out.append(frame[position..<found.upperBound])
      position = frame.index(after: close)
      guard !elements.isEmpty else {
        out.append(frame[found.upperBound..<position])
        continue
      }
      out.append(UInt8(ascii: "["))
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        try appendElement(element, with: json, to: &out)
        if out.count >= Self.chunkSize {
          sink(out)
          out = Data()
        }
      }
      if encoder.pretty { out.append(contentsOf: Array("\n  ".utf8)) }
      out.append(UInt8(ascii: "]"))
    }
    out.append(frame[position...])
    sink(out)
  }

  /// One array element, on its own lines and indented two levels when pretty.
  private func appendElement(_ element: any Encodable, with json: JSONEncoder, to out: inout Data) throws {
    let data = try json.encode(element)
    guard encoder.pretty else {
      out.append(data)
      return
    }
    // JSON strings hold no raw line breaks, so every "\n" is the encoder's own; the empty
    // line inside an empty array stays empty, as the encoder writes it.
    let indent = Array("    ".utf8)
    let newline = UInt8(ascii: "\n")
    for line in data.split(separator: newline, omittingEmptySubsequences: false) {
      out.append(newline)
      if !line.isEmpty { out.append(contentsOf: indent) }
      out.append(line)
    }
  }
}

/// Why the streaming writer could not lay out the export.
public enum StreamingExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The encoded frame lacks the top-level array `key` (the export contract changed).
  case frameWithoutArray(String)

  public var description: String {
    switch self {
    case .frameWithoutArray(let key):
      return "the export has no top-level \"\(key)\" array; the streaming writer needs updating"
    }
  }
}
