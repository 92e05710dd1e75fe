import CICU

/// Han → Latin transliteration with ICU transforms, for slugs and file names.
public struct Transliterator: Sendable {
  public let transformID: String

  /// "Han-Latin; Latin-ASCII" turns 兖州区 into "yan zhou qu".
  public init(transformID: String = "Han-Latin; Latin-ASCII") {
    self.transformID = transformID
  }

  public func transliterate(_ text: String) throws -> String {
    let units = UTF16Buffer(text).units
    var capacity = units.count * 8 + 16
    while true {
      var dest = [UInt16](repeating: 0, count: capacity)
      let produced = units.withUnsafeBufferPointer { src in
        dest.withUnsafeMutableBufferPointer { d in
          pl_transliterate(transformID, src.baseAddress, Int32(src.count), d.baseAddress, Int32(capacity))
        }
      }
      if produced < 0 { throw TextError.icu(function: "utrans_transUChars", code: -produced) }
      // A result larger than the capacity is the room needed.
      if Int(produced) <= capacity { return String(utf16Units: dest[0..<Int(produced)]) }
      capacity = Int(produced)
    }
  }

  /// A lower-case ASCII slug: 济宁市兖州区 → "ji-ning-shi-yan-zhou-qu".
  public func slug(_ text: String) throws -> String {
    let latin = try transliterate(text).lowercased()
    var out = ""
    var pendingDash = false
    for ch in latin.unicodeScalars {
      if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
        if pendingDash, !out.isEmpty { out.append("-") }
        out.unicodeScalars.append(ch)
        pendingDash = false
      } else {
        pendingDash = true
      }
    }
    return out
  }
}
