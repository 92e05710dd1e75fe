import PlanLensText

/// The members of a list of parallel beneficiaries, each written out in full:
/// 新认定的省、市级瞪羚企业 → 新认定的省级瞪羚企业, 新认定的市级瞪羚企业;
/// 支柱产业、特色产业、新兴产业集群 → 支柱产业集群, 特色产业集群, 新兴产业集群;
/// 全国制造业示范企业、培育企业 → 全国制造业示范企业, 全国制造业培育企业.
///
/// Members are the parts between top-level 、 (not inside brackets or quotes). What the list
/// shares is put back: the modifier that opens it (up to its last 的), the tail of the last
/// member that an earlier one lacks (what follows the words they share, or what follows the
/// last member's own first characters when they share none), and the head of the first member
/// that a shorter later one ends like.
enum ParallelMembers {
  static let separator = Punctuation.listSeparator
  static let opening = Punctuation.enclosingOpen
  static let closing = Punctuation.enclosingClose

  /// The members written out, nil when `text` is not a list of two or more.
  /// - Parameter modifiers: the particles that close a modifier the whole list shares
  ///   (新认定的|省、市级企业).
  static func members(of text: String, modifiers: ScalarSet) -> [String]? {
    var parts: [[Unicode.Scalar]] = [[]]
    var depth = 0
    for c in text.unicodeScalars {
      if opening.contains(c) { depth += 1 }
      if closing.contains(c) { depth = max(0, depth - 1) }
      if depth == 0, c == separator {
        parts.append([])
      } else {
        parts[parts.count - 1].append(c)
      }
    }
    guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), var last = parts.last, var first = parts.first else {
      return nil
    }
    // The shared opening modifier, from the first member.
    var shared: [Unicode.Scalar] = []
    if let de = first.lastIndex(where: modifiers.contains), de + 1 < first.count {
      shared = Array(first[...de])
      first = Array(first[(de + 1)...])
      parts[0] = first
    }
    last = parts[parts.count - 1]
    var out: [[Unicode.Scalar]] = []
    for (i, part) in parts.enumerated() {
      var member = part
      if i < parts.count - 1 {
        member += tail(of: last, missingFrom: part)
      }
      if i > 0, member.count * 2 <= first.count, endsAlike(member, first) {
        // A member at most half as long as the first and ending like it (全国示范企业、培育企业)
        // takes the first's modifiers.
        member = Array(first.dropLast(member.count)) + member
      }
      out.append(shared + member)
    }
    return out.map { String(String.UnicodeScalarView($0)) }
  }

  /// What of `last` follows the words it shares with the end of `part` (支柱产业 / 新兴产业集群 →
  /// 集群); with nothing shared, what follows as many characters of `last` as `part` has (省 /
  /// 市级企业 → 级企业). Empty when `part` already ends like `last`.
  private static func tail(of last: [Unicode.Scalar], missingFrom part: [Unicode.Scalar]) -> [Unicode.Scalar] {
    if endsAlike(part, last) { return [] }
    // The longest end of `part` found inside `last`.
    var length = min(part.count, last.count)
    while length >= 1 {
      let end = Array(part.suffix(length))
      if let at = position(of: end, in: last) { return Array(last[(at + length)...]) }
      length -= 1
    }
    guard part.count < last.count else { return [] }
    return Array(last[part.count...])
  }

  /// Whether `a` and `b` end in the same two characters.
  private static func endsAlike(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
    a.count >= 2 && b.count >= 2 && a.suffix(2).elementsEqual(b.suffix(2))
  }

  private static func position(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).last { i in haystack[i..<(i + needle.count)].elementsEqual(needle) }
  }
}
