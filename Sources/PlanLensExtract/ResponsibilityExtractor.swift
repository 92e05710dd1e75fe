import Foundation
import PlanLensModel
import PlanLensText

/// Finds who owns each task: responsibility brackets （牵头单位：…，参与单位：…）, （责任单位：…）
/// and plan-level sentences (本规划由区民政局负责牵头实施). Units are split on 、，；, kept as
/// printed, and resolved to canonical departments with their level.
struct ResponsibilityExtractor: Sendable {
  let labels: [(label: String, role: String)]
  let resolver: DepartmentResolver

  static let separators: Set<Unicode.Scalar> = ["、", ",", ";", "，", "；"]
  /// 本规划由区民政局负责牵头实施 / X工作由县城市管理局牵头负责，A、B等部门按照各自职责配合….
  /// Group 1: the plan itself (本规划) when it is the subject; 2: the lead; 3: the support.
  static let leadSentence = RegexBox(
    #"(本(?:规划|方案|实施方案|行动方案|工作方案|意见|实施意见|计划|行动计划|办法|实施办法))?由([^,;。由]{2,60}?)(?:负责)?牵头(?:负责)?(?:[^,;。]{0,12})(?:,([^;。]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:按照|按)?(?:各自)?(?:职责|职能)?(?:分工)?(?:配合|协同|参与)|(?=[,;。]))"#
  )
  /// Endings of an organisation's name: a lead must be one, not a clause.
  static let organisationEndings = [
    "局", "委", "办", "厅", "部", "政府", "中心", "院", "会", "所", "队", "站", "处", "室", "公司", "分行", "街道", "镇", "乡", "部门",
    "单位", "办事处", "管委会", "委员会", "支队", "大队", "分局",
  ]

  func extract(_ doc: DocumentText) -> [Responsibility] {
    let s = doc.normalized.scalars
    var out: [Responsibility] = []
    var i = 0
    while i < s.count {
      guard s[i] == "(", let (responsibility, end) = bracket(at: i, in: s, doc: doc) else {
        i += 1
        continue
      }
      out.append(responsibility)
      i = end
    }
    out.append(contentsOf: planSentences(doc))
    return out.sorted { $0.span.start < $1.span.start }
  }

  /// A bracket opening at `open` whose content starts with a responsibility label.
  private func bracket(at open: Int, in s: [Unicode.Scalar], doc: DocumentText) -> (Responsibility, Int)? {
    var j = open + 1
    while j < s.count, s[j] == " " { j += 1 }
    guard let first = label(at: j, in: s) else { return nil }
    // The matching close bracket, nested brackets (各区（市）政府) included.
    var depth = 1
    var close = open + 1
    while close < s.count, depth > 0, s[close] != "\n" {
      if s[close] == "(" { depth += 1 }
      if s[close] == ")" { depth -= 1 }
      if depth > 0 { close += 1 }
    }
    guard close < s.count, s[close] == ")" else { return nil }
    var lead: [Department] = []
    var support: [Department] = []
    var cursor = j
    var current = first
    while cursor < close {
      var start = cursor + current.length
      while start < close, [":", " "].contains(s[start]) { start += 1 }
      // The segment runs to the next label (after a separator) or the close bracket.
      var end = start
      var next: (role: String, length: Int)? = nil
      var depth = 0
      while end < close {
        if s[end] == "(" { depth += 1 }
        if s[end] == ")" { depth -= 1 }
        if depth == 0, Self.separators.contains(s[end]), let l = label(at: end + 1, in: s) {
          next = l
          break
        }
        end += 1
      }
      let units = split(s, start..<end).map { resolver.department(named: $0) }
      if current.role == "support" { support += units } else { lead += units }
      guard let n = next else { break }
      cursor = end + 1
      current = n
    }
    let (quote, span) = doc.quote(open..<(close + 1))
    let region = doc.regions.last { $0.range.lowerBound <= open }
    return (
      Responsibility(
        heading: region?.heading?.id, provision: region?.provision?.id, lead: lead, support: support, quote: quote,
        span: span),
      close + 1
    )
  }

  private func label(at i: Int, in s: [Unicode.Scalar]) -> (role: String, length: Int)? {
    for (label, role) in labels {
      let u = Array(label.unicodeScalars)
      guard i + u.count < s.count, zip(u, s[i..<(i + u.count)]).allSatisfy({ $0 == $1 }) else { continue }
      var k = i + u.count
      while k < s.count, s[k] == " " { k += 1 }
      if k < s.count, s[k] == ":" { return (role, u.count) }
    }
    return nil
  }

  /// Units separated by 、，； outside nested brackets, trimmed, as printed.
  private func split(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
    var out: [String] = []
    var depth = 0
    var start = r.lowerBound
    for k in r {
      if s[k] == "(" { depth += 1 }
      if s[k] == ")" { depth -= 1 }
      if depth == 0, Self.separators.contains(s[k]) {
        out.append(IndicatorCutter.string(s[start..<k]))
        start = k + 1
      }
    }
    out.append(IndicatorCutter.string(s[start..<r.upperBound]))
    return out.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "。")) }
      .filter { !$0.isEmpty }.map(Self.fullWidthBrackets)
  }

  /// Names are reported as printed; NFKC turned （） into (): put them back.
  static func fullWidthBrackets(_ name: String) -> String {
    name.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
  }

  /// Sentences naming a lead (and supporters): 本规划由区民政局负责牵头实施 is plan-level (no
  /// heading); X工作由县城市管理局牵头负责，A、B等部门配合… belongs to its heading.
  private func planSentences(_ doc: DocumentText) -> [Responsibility] {
    let text = doc.normalized.string
    let ns = text as NSString
    var utf16ToScalar: [Int] = []
    utf16ToScalar.reserveCapacity(ns.length + 1)
    for (i, scalar) in text.unicodeScalars.enumerated() {
      for _ in 0..<(scalar.value > 0xFFFF ? 2 : 1) { utf16ToScalar.append(i) }
    }
    utf16ToScalar.append(text.unicodeScalars.count)
    var out: [Responsibility] = []
    for m in Self.leadSentence.regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      let names = { (group: Int) -> [String] in
        let r = m.range(at: group)
        guard r.location != NSNotFound else { return [] }
        return self.split(doc.normalized.scalars, utf16ToScalar[r.location]..<utf16ToScalar[NSMaxRange(r)])
          .flatMap { $0.components(separatedBy: "和") }.filter { !$0.isEmpty }
      }
      let lead = names(2)
      guard !lead.isEmpty, lead.allSatisfy({ name in Self.organisationEndings.contains(where: name.hasSuffix) }) else {
        continue
      }
      let support = names(3).filter { name in Self.organisationEndings.contains(where: name.hasSuffix) }
      let start = utf16ToScalar[m.range.location]
      let end = utf16ToScalar[NSMaxRange(m.range)]
      let (quote, span) = doc.quote(start..<end)
      let planLevel = m.range(at: 1).location != NSNotFound
      let region = planLevel ? nil : doc.regions.last { $0.range.lowerBound <= start }
      out.append(
        Responsibility(
          heading: region?.heading?.id, provision: region?.provision?.id,
          lead: lead.map { resolver.department(named: $0) }, support: support.map { resolver.department(named: $0) },
          quote: quote, span: span))
    }
    return out
  }
}
