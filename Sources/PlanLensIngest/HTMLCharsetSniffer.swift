import Foundation

/// Finds the charset a web page declares in its first bytes: `<meta charset="gb2312">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=GBK">`.
struct HTMLCharsetSniffer: Sendable {
  /// How many leading bytes are searched for the declaration.
  static let window = 4096

  /// The declared charset normalised to what ``TextBytesDecoder`` reads: "UTF-8" or
  /// "GB18030" (for GB2312, GBK, GB18030 and their aliases), else the declaration upper-cased;
  /// nil when the page declares none.
  func declaredCharset(in bytes: [UInt8]) -> String? {
    // Markup is ASCII in every charset this reads, so the bytes can be scanned as Latin-1.
    var head = String.UnicodeScalarView()
    for byte in bytes.prefix(Self.window) { head.append(Unicode.Scalar(byte)) }
    for token in HTMLTokenizer.tokens(of: String(head)) {
      guard case .startTag(let tag) = token, tag.name == "meta" else { continue }
      if let charset = tag[attribute: "charset"], !charset.isEmpty {
        return Self.normalised(charset)
      }
      if tag[attribute: "http-equiv"]?.lowercased() == "content-type",
        let content = tag[attribute: "content"], let charset = Self.charset(inContentType: content)
      {
        return Self.normalised(charset)
      }
    }
    return nil
  }

  /// `gb2312` from `text/html; charset=gb2312`.
  static func charset(inContentType content: String) -> String? {
    let lower = content.lowercased()
    guard let range = lower.range(of: "charset=") else { return nil }
    let value = lower[range.upperBound...].prefix { c in
      !(c == ";" || c == " " || c == "\"" || c == "'" || c == "\t")
    }
    return value.isEmpty ? nil : String(value)
  }

  static func normalised(_ charset: String) -> String {
    let name = charset.trimmingCharacters(in: .whitespaces).lowercased()
    switch name {
    case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
    case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "x-gb2312", "euc-cn",
      "csgb2312", "chinese", "iso-ir-58", "gb_2312-80":
      return "GB18030"
    default: return name.uppercased()
    }
  }
}
