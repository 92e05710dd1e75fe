import Foundation

/// A row of scopes.tsv: a pattern for where a number applies (全区, 各县（市、区）) or for a
/// per-head rate (每人每年), matched at the start of a phrase.
struct ScopePattern: Sendable {
  enum Kind: String, Sendable {
    /// Where the number applies.
    case place
    /// Per head or per period: the measured thing follows the number.
    case rate
  }

  var kind: Kind
  /// Anchored at the start (`^(?:…)`).
  var regex: RegexBox

  /// The length in scalars of this pattern's match at the start of `text`, nil when none.
  func match(_ text: String) -> (matched: String, length: Int)? {
    let ns = text as NSString
    guard let m = regex.regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)), m.range.length > 0
    else { return nil }
    let matched = ns.substring(with: m.range)
    return (matched, matched.unicodeScalars.count)
  }
}
