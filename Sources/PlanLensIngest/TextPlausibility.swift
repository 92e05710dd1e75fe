import PlanLensText

/// How much decoded text looks like what a Chinese policy document holds, so a charset guess
/// is kept only when it reads the bytes into such text.
///
/// UTF-16 without a byte-order mark has no signature of its own: ten bytes of ASCII with two
/// NULs "decode" as UTF-16 into a mix of Latin-1 and rare Han characters. Real text in the
/// right charset is made of ASCII, punctuation and common Han characters; the wrong charset
/// yields rare Han, Hangul, private-use or Latin-1 letters. The common Han characters are the
/// 6,763 of GB 2312 (which cover over 99.9% of modern Chinese running text), read from ICU.
struct TextPlausibility: Sendable, Equatable {
  /// Scalars looked at (the first ``ByteSequenceInspector/sampleSize``).
  var scalars = 0
  /// Han characters among them.
  var han = 0
  /// Han characters of GB 2312.
  var commonHan = 0
  /// Scalars a plan in Chinese or English does not hold: C1 controls, Latin-1 letters, Hangul,
  /// private use, specials, unassigned.
  var implausible = 0

  /// The evidence of `text`'s first scalars.
  init(_ text: String) {
    for s in text.unicodeScalars.prefix(ByteSequenceInspector.sampleSize) {
      scalars += 1
      if s.properties.isIdeographic && s.value >= 0x3400 {
        han += 1
        if Self.commonHan.contains(s) { commonHan += 1 }
      } else if !Self.isPlausibleNonHan(s) {
        implausible += 1
      }
    }
  }

  /// Whether the text reads as a document: at most 2% implausible scalars and, when it holds
  /// Han characters, at least 80% of them common ones.
  var isPlausible: Bool {
    guard scalars > 0, implausible * 50 <= scalars else { return false }
    return han == 0 || commonHan * 10 >= han * 8
  }

  /// ASCII text and whitespace, the punctuation, symbols and letters of Chinese and technical
  /// writing (general punctuation, CJK symbols, full-width forms, ㎡, ①, α, °, ×).
  static func isPlausibleNonHan(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20...0x7E: return true
    case 0xA0, 0xA7, 0xA9, 0xAE, 0xB0...0xB7, 0xD7, 0xF7: return true
    case 0x0391...0x03C9: return true  // Greek letters (α, β, Ω)
    case 0x2000...0x206F, 0x2100...0x23FF, 0x2460...0x27BF: return true  // punctuation, symbols, ①
    case 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F: return true  // CJK symbols, kana, bopomofo
    case 0x3200...0x33FF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0xFEFF: return true  // ㈠ ㎡ ︰ full width
    default: return false
    }
  }

  /// The Han characters of GB 2312 (rows 16–87 of its 94 × 94 table), decoded by ICU.
  static let commonHan: Set<Unicode.Scalar> = {
    var bytes: [UInt8] = []
    for lead in UInt8(0xB0)...0xF7 {
      for trail in UInt8(0xA1)...0xFE where !(lead == 0xD7 && trail >= 0xFA) {
        bytes.append(lead)
        bytes.append(trail)
      }
    }
    let text = (try? CharsetDecoder().decode(bytes, as: "GB18030"))?.text ?? ""
    return Set(text.unicodeScalars)
  }()
}
