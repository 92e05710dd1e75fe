import Foundation
import PlanLensText

/// Finds a document's own number (文号, read by ``DocumentNumberScanner``) where the metadata
/// prints it: on its own line, after a title's kind, or in a header field's value.
enum DocumentNumberReader {
  /// The number when it is the whole line, perhaps in brackets.
  static func standalone(_ line: String) -> String? {
    var t = Substring(line)
    if t.isInRoundBrackets { t = t.dropFirst().dropLast() }
    return DocumentNumberScanner.isWhole(t) ? String(t) : nil
  }

  /// The number closing a short title line, after the title's kind: 某某关于…的通知某政发〔2021〕9号.
  static func trailing(_ line: String, kinds: [String]) -> String? {
    guard line.unicodeScalars.count <= 100, !line.containsFullStop else { return nil }
    for kind in kinds {
      guard let r = line.lastByteRange(of: kind) else { continue }
      if let number = standalone(String(line[r.upperBound...])) { return number }
    }
    return nil
  }

  /// The number inside a header field's value (文号：…).
  static func inValue(_ value: String) -> String? {
    DocumentNumberScanner.first(in: value)
  }
}
