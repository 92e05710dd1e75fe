import Foundation
import PlanLensText

/// Turns a text file's bytes into a String: rejects binary content, then decodes with
/// PlanLensText's ``PlanLensText/CharsetDecoder`` and keeps only a charset that plausibly wrote
/// the bytes.
///
/// CharsetDecoder takes ICU's charset guess at any confidence, so bytes that are not UTF-8
/// may come back "decoded" as UTF-16BE or ISO-8859-7 mojibake. This type accepts such a guess
/// only when it is a multi-byte CJK charset, or a single-byte charset for text that is mostly
/// ASCII; bytes that are well-formed GB18030 are read as GB18030 instead.
struct TextBytesDecoder: Sendable {
  private let decoder = CharsetDecoder()

  /// Foundation's `NSStringEncoding` for GB18030 (`kCFStringEncodingGB_18030_2000`).
  static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

  /// Charsets whose ICU guess is trusted for bytes that are neither UTF-8 nor UTF-16.
  private static let multibyteCJK: Set<String> = [
    "GB18030", "BIG5", "EUC-JP", "EUC-KR", "SHIFT_JIS", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN",
  ]

  /// The text of `bytes` in whichever charset reads them: BOM, UTF-16 pattern, UTF-8, then
  /// GB18030 and other legacy charsets. A leading U+FEFF left by the charset is dropped.
  func decode(_ bytes: [UInt8]) throws(TextDecodingFailure) -> DecodedText {
    let bom = ByteSequenceInspector.hasByteOrderMark(bytes)
    let decoded: DecodedText
    if !bom, let utf16 = ByteSequenceInspector.bomlessUTF16(bytes) ?? Self.shortUTF16(bytes) {
      decoded = try bomlessUTF16(bytes, as: utf16)
    } else if !bom, ByteSequenceInspector.looksBinary(bytes) {
      throw .binary
    } else if bom || ByteSequenceInspector.firstInvalidUTF8Offset(bytes) == nil {
      decoded = try unicode(bytes)
    } else if let utf16 = nulFreeUTF16(bytes) {
      decoded = utf16
    } else {
      decoded = try legacy(bytes)
    }
    if ByteSequenceInspector.looksBinary(decoded.text) { throw .binary }
    return Self.droppingLeadingBOM(decoded)
  }

  /// `bytes` read as `charset` as declared by a web page: "UTF-8" or "GB18030" (GB2312/GBK
  /// declarations mean GB18030). Bytes that are valid UTF-8 with non-ASCII content are read as
  /// UTF-8 whatever the declaration says; anything else falls back to ``decode(_:)``.
  func decode(_ bytes: [UInt8], declaredCharset charset: String) throws(TextDecodingFailure)
    -> DecodedText
  {
    if ByteSequenceInspector.hasByteOrderMark(bytes) || ByteSequenceInspector.looksBinary(bytes) {
      return try decode(bytes)
    }
    let validUTF8 = ByteSequenceInspector.firstInvalidUTF8Offset(bytes) == nil
    switch charset {
    case "UTF-8" where validUTF8, "GB18030" where validUTF8 && bytes.contains(where: { $0 >= 0x80 }):
      return Self.droppingLeadingBOM(DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8"))
    case "GB18030":
      return Self.droppingLeadingBOM(try gb18030(bytes))
    default:
      return try decode(bytes)
    }
  }

  /// BOM-marked text, UTF-16 by its NUL pattern, or valid UTF-8: CharsetDecoder reads these
  /// without guessing.
  private func unicode(_ bytes: [UInt8]) throws(TextDecodingFailure) -> DecodedText {
    do {
      let result = try decoder.decode(bytes)
      return DecodedText(text: result.text, encoding: result.encoding)
    } catch TextError.undecodable(let charset, let offset) {
      // CharsetDecoder reports offsets after the BOM it skipped.
      var skipped = 0
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { skipped = 2 }
      var at = offset.map { $0 + skipped }
      if at == nil, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        at = ByteSequenceInspector.firstInvalidUTF8Offset(Array(bytes.dropFirst(3))).map { $0 + 3 }
      }
      throw .undecodable(charset: charset, offset: at)
    } catch {
      throw .undecodable(charset: nil, offset: nil)
    }
  }

  /// Bytes whose NUL pattern says UTF-16 without a BOM, read as `charset` and kept only when
  /// they read as plausible text (``TextPlausibility``): NULs that merely happen to fall on one
  /// side are binary data, not UTF-16.
  private func bomlessUTF16(_ bytes: [UInt8], as charset: String) throws(TextDecodingFailure)
    -> DecodedText
  {
    guard let result = try? decoder.decode(bytes, as: charset),
      TextPlausibility(result.text).isPlausible
    else { throw .implausibleUTF16(charset: charset) }
    return DecodedText(text: result.text, encoding: result.encoding)
  }

  /// The NUL pattern of short Chinese UTF-16, looser than ByteSequenceInspector's: 一 (4E 00)
  /// and 〇 put NULs on the other side too, so three to one is enough; plausibility decides.
  private static func shortUTF16(_ bytes: [UInt8]) -> String? {
    guard bytes.count >= 4, bytes.count % 2 == 0, bytes.count <= ByteSequenceInspector.sampleSize else { return nil }
    var zeros = (even: 0, odd: 0)
    for (i, b) in bytes.enumerated() where b == 0 {
      if i % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
    }
    if zeros.odd >= 2, zeros.even * 3 < zeros.odd { return "UTF-16LE" }
    if zeros.even >= 2, zeros.odd * 3 < zeros.even { return "UTF-16BE" }
    return nil
  }

  /// Chinese UTF-16 without a BOM and without ASCII has no NUL bytes at all; such bytes are
  /// read as UTF-16 when that gives plausible text with more common Han characters than
  /// GB18030 gives (GB18030 read as UTF-16 gives Hangul and private use; UTF-16 read as
  /// GB18030 gives none of GB 2312's Han characters).
  private func nulFreeUTF16(_ bytes: [UInt8]) -> DecodedText? {
    guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
    let gb = (try? decoder.decode(bytes, as: "GB18030")).map { TextPlausibility($0.text).commonHan } ?? 0
    var best: (DecodedText, Int)?
    for charset in ["UTF-16LE", "UTF-16BE"] {
      guard let result = try? decoder.decode(bytes, as: charset) else { continue }
      let evidence = TextPlausibility(result.text)
      guard evidence.isPlausible, evidence.commonHan > gb, evidence.commonHan > (best?.1 ?? 0) else { continue }
      best = (DecodedText(text: result.text, encoding: result.encoding), evidence.commonHan)
    }
    return best?.0
  }

  /// Bytes that are not UTF-8: GB18030 when they are well-formed GB18030, else a charset
  /// guess that passes the plausibility rules.
  private func legacy(_ bytes: [UInt8]) throws(TextDecodingFailure) -> DecodedText {
    let wellFormedGB = ByteSequenceInspector.firstInvalidGB18030Offset(bytes) == nil
    guard let result = try? decoder.decode(bytes) else {
      if wellFormedGB { return try gb18030(bytes) }
      throw Self.closestFailure(bytes)
    }
    let name = result.encoding.uppercased()
    if Self.multibyteCJK.contains(name) {
      return DecodedText(text: result.text, encoding: result.encoding)
    }
    if wellFormedGB { return try gb18030(bytes) }
    let singleByte = !name.hasPrefix("UTF-")
    if singleByte, Self.looksLikeSingleByteText(bytes, decoded: result.text) {
      return DecodedText(text: result.text, encoding: result.encoding)
    }
    throw Self.closestFailure(bytes)
  }

  /// Strict GB18030: CharsetDecoder when it reads the bytes as GB18030, else Foundation's
  /// converter (which also rejects ill-formed input).
  private func gb18030(_ bytes: [UInt8]) throws(TextDecodingFailure) -> DecodedText {
    if let result = try? decoder.decode(bytes), result.encoding.uppercased() == "GB18030" {
      return DecodedText(text: result.text, encoding: "GB18030")
    }
    if let text = String(data: Data(bytes), encoding: Self.foundationGB18030) {
      return DecodedText(text: text, encoding: "GB18030")
    }
    throw .undecodable(
      charset: "GB18030", offset: ByteSequenceInspector.firstInvalidGB18030Offset(bytes))
  }

  /// A failure naming UTF-8 when the bytes are mostly well-formed UTF-8 (damaged UTF-8 text),
  /// else GB18030, each with its first bad byte.
  private static func closestFailure(_ bytes: [UInt8]) -> TextDecodingFailure {
    let evidence = ByteSequenceInspector.utf8Evidence(bytes)
    if evidence.multibyte > evidence.invalid {
      return .undecodable(
        charset: "UTF-8", offset: ByteSequenceInspector.firstInvalidUTF8Offset(bytes))
    }
    return .undecodable(
      charset: "GB18030", offset: ByteSequenceInspector.firstInvalidGB18030Offset(bytes))
  }

  /// Western text in a single-byte charset: at least 70% of bytes ASCII and no C1 controls
  /// in the decoded text.
  private static func looksLikeSingleByteText(_ bytes: [UInt8], decoded: String) -> Bool {
    let high = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
    guard high * 10 <= bytes.count * 3 else { return false }
    return !decoded.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
  }

  private static func droppingLeadingBOM(_ decoded: DecodedText) -> DecodedText {
    guard decoded.text.unicodeScalars.first == "\u{FEFF}" else { return decoded }
    return DecodedText(
      text: String(decoded.text.unicodeScalars.dropFirst()), encoding: decoded.encoding)
  }
}
