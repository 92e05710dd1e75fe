import Foundation

/// Finds a document's own number (文号): an issuer's abbreviation, the year in 〔〕, [], （） or
/// 【】, and a serial number with 号 — 国办发〔2021〕7号, 某政办字［2019］23号.
enum DocumentNumberReader {
  /// The number when it is the whole line, perhaps in brackets.
  static func standalone(_ line: String) -> String? {
    var t = Substring(line)
    if t.isInRoundBrackets { t = t.dropFirst().dropLast() }
    return match(String(t), anchored: true)
  }

  /// The number closing a short title line, after the title's kind: 某某关于…的通知某政发〔2021〕9号.
  static func trailing(_ line: String, kinds: [String]) -> String? {
    guard line.unicodeScalars.count <= 100, !line.containsFullStop else { return nil }
    for kind in kinds {
      guard let r = line.range(of: kind, options: .backwards) else { continue }
      if let number = standalone(String(line[r.upperBound...])) { return number }
    }
    return nil
  }

  /// The number inside a header field's value (文号：…).
  static func inValue(_ value: String) -> String? {
    match(value, anchored: false)
  }

  private static func match(_ s: String, anchored: Bool) -> String? {
    let box = anchored ? anchoredPattern : pattern
    let ns = s as NSString
    guard let m = box.regex.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
    return ns.substring(with: m.range)
  }

  private static let body = #"\p{Han}{1,16}[〔\[【(（［﹝][0-9０-９]{4}[〕\]】)）］﹞]第?[0-9０-９]{1,5}号"#
  private static let pattern = RegexBox(body)
  private static let anchoredPattern = RegexBox("^" + body + "$")
}
