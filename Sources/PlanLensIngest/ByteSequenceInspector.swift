/// Byte-level checks made before and after decoding: binary content, the NUL pattern of UTF-16
/// without a BOM, and where UTF-8 or GB18030 structure first breaks.
enum ByteSequenceInspector {
  /// How many leading bytes the sampling checks look at.
  static let sampleSize = 1 << 16

  /// Whether `bytes` start with a UTF-8, UTF-16 LE or UTF-16 BE byte-order mark.
  static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0xFE, 0xFF])
  }

  /// "UTF-16LE" or "UTF-16BE" when NUL bytes sit almost only at odd (LE) or even (BE)
  /// positions, as ASCII characters leave them in UTF-16 without a BOM. The same rule as
  /// PlanLensText's CharsetDecoder, so both agree on what is UTF-16.
  static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (i, b) in bytes.prefix(sampleSize).enumerated() where b == 0 {
      if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let pairs = min(bytes.count, sampleSize) / 2
    let threshold = max(2, pairs / 50)
    if oddZeros >= threshold, evenZeros * 10 < oddZeros { return "UTF-16LE" }
    if evenZeros >= threshold, oddZeros * 10 < evenZeros { return "UTF-16BE" }
    return nil
  }

  /// Whether a C0 control other than tab, line breaks, form feed, SUB and ESC counts as a
  /// sign of binary content.
  static func isSuspiciousControl(_ value: UInt32) -> Bool {
    guard value < 0x20 || value == 0x7F else { return false }
    switch value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: return false
    default: return true
    }
  }

  /// Whether the leading bytes look binary: any NUL byte, or more than 5% suspicious controls.
  /// Only meaningful for bytes that are not UTF-16.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(sampleSize)
    if sample.contains(0) { return true }
    let controls = sample.reduce(0) { $0 + (isSuspiciousControl(UInt32($1)) ? 1 : 0) }
    return controls * 20 > sample.count
  }

  /// Whether decoded text looks binary: a NUL, or more than 5% suspicious controls.
  static func looksBinary(_ text: String) -> Bool {
    var total = 0
    var controls = 0
    for s in text.unicodeScalars.prefix(sampleSize) {
      total += 1
      if s.value == 0 { return true }
      if isSuspiciousControl(s.value) { controls += 1 }
    }
    return controls * 20 > total
  }

  /// The offset of the first byte that breaks UTF-8, or nil when `bytes` are valid UTF-8.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b {
      case 0x00...0x7F:
        length = 1
      case 0xC2...0xDF:
        length = 2
      case 0xE0:
        length = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF:
        length = 3
      case 0xED:
        length = 3
        upper = 0x9F
      case 0xF0:
        length = 4
        lower = 0x90
      case 0xF1...0xF3:
        length = 4
      case 0xF4:
        length = 4
        upper = 0x8F
      default:
        return i
      }
      guard i + length <= bytes.count else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        let (lo, hi) = k == 1 ? (lower, upper) : (0x80, 0xBF)
        if c < lo || c > hi { return i }
      }
      i += length
    }
    return nil
  }

  /// How many well-formed multi-byte UTF-8 sequences and how many bytes that fit no sequence
  /// `bytes` hold: evidence for "this was meant as UTF-8 and is damaged".
  static func utf8Evidence(_ bytes: [UInt8]) -> (multibyte: Int, invalid: Int) {
    var multibyte = 0
    var invalid = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let rest = Array(bytes[i..<min(bytes.count, i + 4)])
      var matched = 0
      for length in 2...4 where length <= rest.count {
        if firstInvalidUTF8Offset(Array(rest[0..<length])) == nil {
          matched = length
          break
        }
      }
      if matched > 0 {
        multibyte += 1
        i += matched
      } else {
        invalid += 1
        i += 1
      }
    }
    return (multibyte, invalid)
  }

  /// The offset of the first byte that breaks GB18030's structure (one byte 00–7F; two bytes
  /// 81–FE then 40–7E or 80–FE; four bytes 81–FE 30–39 81–FE 30–39), or nil when the bytes
  /// are well-formed GB18030.
  static func firstInvalidGB18030Offset(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      guard (0x81...0xFE).contains(b), i + 1 < bytes.count else { return i }
      let second = bytes[i + 1]
      if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
        i += 2
      } else if (0x30...0x39).contains(second), i + 3 < bytes.count,
        (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3])
      {
        i += 4
      } else {
        return i
      }
    }
    return nil
  }
}
