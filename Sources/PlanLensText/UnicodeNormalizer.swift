import CICU

/// NFKC normalisation (full-width digits, letters and punctuation to their common forms) that
/// keeps the offset map back to the source.
public struct UnicodeNormalizer: Sendable {
  public init() {}

  /// `text` in NFKC. Each normalisation chunk (split where NFKC has a boundary) maps back to the
  /// source range it came from, so offsets stay exact at chunk granularity, which for Chinese
  /// text is one scalar.
  public func nfkc(_ text: MappedText) throws -> MappedText {
    var scalars = TextScalars()
    var origin = OriginMap()
    scalars.reserveCapacity(text.count)
    var chunkStart = 0
    var i = 0
    func flush(_ end: Int) throws {
      guard chunkStart < end else { return }
      let chunk = text.scalars[chunkStart..<end]
      // ASCII needs no normalisation: copy it through.
      if chunk.count == 1, let only = chunk.first, only.isASCII {
        scalars.append(only)
        origin.append(text.origin[chunkStart])
        return
      }
      let normalized = try Self.normalize(Array(chunk))
      for s in normalized {
        scalars.append(s)
        origin.append(text.origin[chunkStart])
      }
    }
    while i < text.count {
      let scalar = text.scalars[i]
      // Inert scalars (ASCII letters, most Han) pass through unchanged: no ICU call.
      if scalar.isASCII ? !Self.asciiNeedsCare(scalar) : pl_nfkc_is_inert(scalar.value) != 0 {
        try flush(i)
        scalars.append(scalar)
        origin.append(text.origin[i])
        i += 1
        chunkStart = i
        continue
      }
      if i > chunkStart, pl_nfkc_boundary_before(scalar.value) != 0 {
        try flush(i)
        chunkStart = i
      }
      i += 1
    }
    try flush(text.count)
    origin.append(text.origin[text.count])
    return MappedText(scalars: scalars, origin: origin)
  }

  /// ASCII is NFKC-stable, but a following combining mark could compose with it: let the
  /// normaliser see letters; digits, spaces and punctuation never compose.
  private static func asciiNeedsCare(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic
  }

  /// `string` in NFKC, without an offset map.
  public func nfkc(_ string: String) throws -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: try Self.normalize(Array(string.unicodeScalars)))
    return String(view)
  }

  private static func normalize(_ chunk: [Unicode.Scalar]) throws -> [Unicode.Scalar] {
    let units = UTF16Buffer(scalars: chunk).units
    var capacity = units.count * 4 + 8
    while true {
      var dest = [UInt16](repeating: 0, count: capacity)
      let needed = units.withUnsafeBufferPointer { src in
        dest.withUnsafeMutableBufferPointer { d in
          pl_nfkc(src.baseAddress, Int32(src.count), d.baseAddress, Int32(capacity))
        }
      }
      if needed < 0 { throw TextError.icu(function: "unorm2_normalize", code: -needed) }
      if Int(needed) <= capacity {
        return Array(String(utf16Units: dest[0..<Int(needed)]).unicodeScalars)
      }
      capacity = Int(needed)
    }
  }
}
