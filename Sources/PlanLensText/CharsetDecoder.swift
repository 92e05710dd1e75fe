import CICU

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or not),
/// GB18030/GBK, and whatever else ICU's detector recognises with confidence.
public struct CharsetDecoder: Sendable {
  /// The decoded text and the charset it was read as.
  public struct Result: Sendable {
    public var text: String
    public var encoding: String
  }

  public init() {}

  /// Decodes `bytes`, or throws ``TextError/undecodable(charset:offset:)`` when no charset reads
  /// them cleanly.
  public func decode(_ bytes: [UInt8]) throws -> Result {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8(bytes.dropFirst(3), name: "UTF-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return try convert(Array(bytes.dropFirst(2)), charset: "UTF-16LE")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return try convert(Array(bytes.dropFirst(2)), charset: "UTF-16BE")
    }
    if let bomless = Self.bomlessUTF16(bytes) {
      return try convert(bytes, charset: bomless)
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return Result(text: text, encoding: "UTF-8")
    }
    // Chinese legacy text is GB18030 (the superset of GB2312 and GBK): try it strictly first, as
    // ICU's detector guesses short Chinese text as Greek or UTF-16 at low confidence.
    if let gb = try? convert(bytes, charset: "GB18030") { return gb }
    guard let (guessed, confidence) = detectWithConfidence(bytes), confidence >= 30,
      !guessed.uppercased().hasPrefix("UTF-16"), !guessed.uppercased().hasPrefix("UTF-32")
    else {
      throw TextError.undecodable(charset: "GB18030", offset: nil)
    }
    return try convert(bytes, charset: guessed)
  }

  /// `bytes` read strictly as `charset` (an ICU converter name such as "UTF-16LE" or
  /// "GB18030"), with no detection; throws ``TextError/undecodable(charset:offset:)`` at the
  /// first byte sequence the charset does not define.
  public func decode(_ bytes: [UInt8], as charset: String) throws -> Result {
    if charset.uppercased() == "UTF-8" { return try utf8(bytes[...], name: "UTF-8") }
    return try convert(bytes, charset: charset)
  }

  /// ICU's best guess at the charset of `bytes`, if any.
  public func detect(_ bytes: [UInt8]) -> String? {
    detectWithConfidence(bytes)?.0
  }

  /// ICU's best guess and its confidence (0…100).
  public func detectWithConfidence(_ bytes: [UInt8]) -> (String, Int)? {
    var name = [CChar](repeating: 0, count: 64)
    let sample = Array(bytes.prefix(1 << 16))
    let confidence = sample.withUnsafeBufferPointer { b in
      name.withUnsafeMutableBufferPointer { n in
        pl_detect_charset(b.baseAddress, Int32(b.count), n.baseAddress, Int32(n.count))
      }
    }
    guard confidence >= 0 else { return nil }
    let end = name.firstIndex(of: 0) ?? name.count
    return (String(decoding: name[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
  }

  private func utf8(_ bytes: ArraySlice<UInt8>, name: String) throws -> Result {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw TextError.undecodable(charset: name, offset: nil)
    }
    return Result(text: text, encoding: name)
  }

  private func convert(_ bytes: [UInt8], charset: String) throws -> Result {
    var capacity = bytes.count + 16
    while true {
      var dest = [UInt16](repeating: 0, count: capacity)
      var errorOffset: Int32 = -1
      let needed = bytes.withUnsafeBufferPointer { src in
        dest.withUnsafeMutableBufferPointer { d in
          pl_convert_to_utf16(
            charset, src.baseAddress, Int32(src.count), d.baseAddress, Int32(capacity),
            &errorOffset)
        }
      }
      if needed < 0 {
        throw TextError.undecodable(
          charset: charset, offset: errorOffset >= 0 ? Int(errorOffset) : nil)
      }
      if Int(needed) <= capacity {
        return Result(text: String(utf16Units: dest[0..<Int(needed)]), encoding: charset)
      }
      capacity = Int(needed)
    }
  }

  /// UTF-16 without a BOM shows as NUL bytes at every other position for ASCII text (line
  /// breaks, digits); Chinese UTF-16 has few, so look for a strongly one-sided NUL pattern.
  static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (i, b) in bytes.prefix(1 << 16).enumerated() where b == 0 {
      if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    // Han code points with a zero low byte (一 = 4E 00) put a few zeros on the other side.
    if oddZeros >= 2, evenZeros * 3 < oddZeros { return "UTF-16LE" }
    if evenZeros >= 2, oddZeros * 3 < evenZeros { return "UTF-16BE" }
    return nil
  }
}
