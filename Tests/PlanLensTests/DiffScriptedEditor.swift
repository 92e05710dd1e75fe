import Foundation
import PlanLensModel
import PlanLensText

/// Makes realistic edits to a corpus plan — insert a task and renumber the rest, move a task to
/// another section, change a target's value and deadline, swap a lead department, reword a
/// sentence, delete a task — one at a time on the source text, extracting the draft again after
/// each, and records each edit as the ground truth a diff must recover.
struct DiffScriptedEditor {
  let originalText: String
  let original: ExtractedDocument
  private(set) var text: String
  private(set) var draft: ExtractedDocument
  private(set) var edits: [DiffScriptedEdit] = []
  private var random: DiffRandom
  /// Original provisions already touched: every edit takes a fresh one.
  private var used: Set<String> = []
  private var tasksUsed: Set<Int> = []

  init(text: String, path: String, seed: UInt64) throws {
    originalText = text
    original = try TestSupport.extract(text, path: path)
    self.text = text
    draft = original
    random = DiffRandom(seed: seed)
  }

  /// Applies one edit of `kind`; false when the plan offers nothing to make it on.
  @discardableResult
  mutating func apply(_ kind: DiffEditKind) throws -> Bool {
    switch kind {
    case .insertTask: return try insertTask()
    case .moveTask: return try moveTask()
    case .changeTarget: return try changeTarget()
    case .swapLead: return try swapLead()
    case .rewordSentence: return try rewordSentence()
    case .deleteParagraph: return try deleteParagraph()
    }
  }

  // MARK: - Choosing what to edit

  /// Numbered provisions of the original with at least two siblings numbered in the same style
  /// (so renumbering keeps the sequence whole) and some text, not yet touched, whose text is
  /// unique.
  private func candidates() -> [Provision] {
    let bodies = original.provisions.map(DiffTestSupport.body)
    return original.provisions.enumerated().compactMap { i, p in
      let siblings = siblings(of: p, in: original)
      guard !used.contains(p.id), Self.number(p.label) != nil, bodies[i].count >= 20,
        bodies.filter({ $0 == bodies[i] }).count == 1, siblings.count >= 3,
        siblings.allSatisfy({ Self.style($0.label) == Self.style(p.label) })
      else { return nil }
      return p
    }
  }

  /// The provisions directly under the same heading as `p`, in order.
  private func siblings(of p: Provision, in document: ExtractedDocument) -> [Provision] {
    let parent = document.headings.first { $0.id == p.heading }?.parent
    return document.provisions.filter { q in document.headings.first { $0.id == q.heading }?.parent == parent }
  }

  /// The provision of the current draft that is original provision `p`.
  private func located(_ p: Provision) -> Provision? {
    let body = DiffTestSupport.body(p)
    return draft.provisions.first { DiffTestSupport.body($0) == body }
  }

  // MARK: - Edits

  private mutating func insertTask() throws -> Bool {
    guard let anchor = candidates().randomElement(using: &random), let a = located(anchor),
      let n = Self.number(a.label)
    else { return false }
    let pool = Self.tasks.indices.filter { !tasksUsed.contains($0) }
    guard let t = pool.randomElement(using: &random) else { return false }
    tasksUsed.insert(t)
    let (title, rest) = Self.tasks[t]
    let lead = leadName()
    let task = Self.relabel(a.label, to: n + 1) + separator(of: a) + title + "。" + rest + "（牵头单位：\(lead)）"
    var changes = renumbering(after: a.heading, from: n + 2)
    changes.append((a.span.end..<a.span.end, "\n" + task + lineBreak(after: a)))
    try commit(changes)
    edits.append(
      DiffScriptedEdit(kind: .insertTask, marker: title, note: "after \(anchor.label)\(anchor.title): \(title)"))
    return true
  }

  private mutating func deleteParagraph() throws -> Bool {
    guard let victim = candidates().randomElement(using: &random), let d = located(victim) else { return false }
    used.insert(victim.id)
    try cut(d)
    edits.append(
      DiffScriptedEdit(kind: .deleteParagraph, originalRange: victim.span.range, note: "\(victim.label)\(victim.title)")
    )
    return true
  }

  private mutating func moveTask() throws -> Bool {
    let choices = candidates().shuffled(using: &random)
    for task in choices {
      let parent = original.headings.first { $0.id == task.heading }?.parent
      let sections = original.headings.filter { h in
        guard h.id != parent, !original.provisions.contains(where: { $0.heading == h.id }) else { return false }
        let children = original.provisions.filter { p in original.headings.first { $0.id == p.heading }?.parent == h.id
        }
        return children.count >= 2
          && children.allSatisfy {
            Self.number($0.label) != nil && !used.contains($0.id)
              && Self.style($0.label) == Self.style(children[0].label)
          }
      }
      guard let section = sections.randomElement(using: &random), let m = located(task) else { continue }
      let lastOriginal = original.provisions.last { p in
        original.headings.first { $0.id == p.heading }?.parent == section.id
      }
      guard let lastOriginal else { continue }
      used.insert(task.id)
      let moved = DiffTestSupport.body(m)
      let source = Self.slice(text, m.span)
      let afterLabel = source.dropFirst(m.label.count).drop { $0.isWhitespace }
      try cut(m)
      guard let last = located(lastOriginal), let n = Self.number(last.label) else {
        edits.append(
          DiffScriptedEdit(kind: .deleteParagraph, originalRange: task.span.range, note: "\(task.label)\(task.title)"))
        return true
      }
      var changes = renumbering(after: last.heading, from: n + 2)
      changes.append(
        (
          last.span.end..<last.span.end,
          "\n" + Self.relabel(last.label, to: n + 1) + separator(of: last) + afterLabel + lineBreak(after: last)
        ))
      try commit(changes)
      edits.append(
        DiffScriptedEdit(
          kind: .moveTask, originalRange: task.span.range, targetSection: section.title,
          note: "\(task.label)\(task.title) → \(section.label)\(section.title) (\(moved.prefix(12))…)"))
      return true
    }
    return false
  }

  private mutating func changeTarget() throws -> Bool {
    let originalScalars = Self.scalars(originalText)
    let eligible = original.quantities.filter { q in
      guard let id = q.provision, !used.contains(id), q.value == q.value.rounded(), q.value >= 1, q.value < 1e6,
        q.valueMax == nil, Self.occurrences(of: Self.digits(q.value), in: q.quote) == 1,
        Self.occurrences(of: q.quote, in: originalText) == 1
      else { return false }
      guard let d = q.deadline else { return true }
      // The deadline must be printed in the task itself, before the number, to be edited there.
      guard let year = d.year, d.text.contains(String(year)),
        let provision = original.provisions.first(where: { $0.id == id })
      else { return false }
      return Self.findLast(d.text, in: originalScalars, within: provision.span.start..<q.span.end) != nil
    }
    let withDeadline = eligible.filter { $0.deadline != nil }
    guard let q = (withDeadline.isEmpty ? eligible : withDeadline).randomElement(using: &random),
      let provision = original.provisions.first(where: { $0.id == q.provision }), let p = located(provision)
    else { return false }
    used.insert(provision.id)
    let slice = Self.scalars(text)
    guard let quoteAt = Self.find(q.quote, in: slice, within: p.span.range) else { return false }
    let newValue = q.unit == "%" && q.value <= 90 ? q.value + 5 : (q.value * 1.2).rounded(.up)
    let digitsAt = (Self.find(Self.digits(q.value), in: slice, within: quoteAt) ?? quoteAt).lowerBound
    var changes: [(Range<Int>, String)] = [
      (digitsAt..<(digitsAt + Self.digits(q.value).unicodeScalars.count), Self.digits(newValue))
    ]
    let newYear: Int
    if let deadline = q.deadline, let year = deadline.year,
      let at = Self.findLast(deadline.text, in: slice, within: p.span.start..<quoteAt.upperBound),
      let yearAt = Self.find(String(year), in: slice, within: at)
    {
      newYear = year - 1
      changes.append((yearAt.lowerBound..<(yearAt.lowerBound + 4), String(newYear)))
    } else if q.deadline == nil {
      newYear = (original.meta.period.end ?? 2025)
      let sentenceStart = Self.sentenceStart(before: quoteAt.lowerBound, in: slice, floor: p.span.start)
      changes.append((sentenceStart..<sentenceStart, "\(newYear)年年底前，"))
    } else {
      return false
    }
    try commit(changes)
    edits.append(
      DiffScriptedEdit(
        kind: .changeTarget, originalRange: provision.span.range, value: (q.value, newValue), deadlineYear: newYear,
        note: "\(q.indicator): \(Self.digits(q.value)) → \(Self.digits(newValue)), deadline → \(newYear)"))
    return true
  }

  private mutating func swapLead() throws -> Bool {
    let eligible = original.responsibilities.filter { r in
      !r.lead.isEmpty && !(r.provision.map(used.contains) ?? false)
    }
    guard let r = eligible.randomElement(using: &random) else { return try assignLead() }
    // A sentence-style responsibility (本规划由…牵头实施) may have no provision id; the provision
    // whose text holds it is touched all the same.
    let provision =
      original.provisions.first { $0.id == r.provision }
      ?? original.provisions.first { $0.span.range.contains(r.span.start) }
    if let provision { used.insert(provision.id) }
    let slice = Self.scalars(text)
    let scope = provision.flatMap(located).map(\.span.range) ?? 0..<slice.count
    // The k-th of identical brackets in its provision stays the k-th.
    let before = original.responsibilities.filter { $0.quote == r.quote && $0.provision == r.provision }
    let k = before.firstIndex { $0.span == r.span } ?? 0
    var at = Self.find(r.quote, in: slice, within: scope)
    for _ in 0..<k { at = at.flatMap { Self.find(r.quote, in: slice, within: $0.upperBound..<scope.upperBound) } }
    guard let at else { return false }
    let lead = r.lead[0].name
    var quote = r.quote
    let newLead: String
    if let support = r.support.first?.name {
      newLead = support
      quote = quote.replacingOccurrences(of: lead, with: "\u{1}").replacingOccurrences(of: support, with: lead)
        .replacingOccurrences(of: "\u{1}", with: support)
    } else {
      let present = Set((r.lead + r.support).map(\.name))
      let others = Set(original.responsibilities.flatMap { ($0.lead + $0.support).map(\.name) })
        .filter { !present.contains($0) && !$0.hasPrefix("各") && $0.first == lead.first && !$0.contains(lead) }.sorted()
      newLead = others.randomElement(using: &random) ?? String(lead.prefix(1)) + "卫生健康局"
      guard let range = quote.range(of: lead) else { return false }
      quote.replaceSubrange(range, with: newLead)
    }
    try commit([(at, quote)])
    edits.append(
      DiffScriptedEdit(
        kind: .swapLead, originalRange: (provision?.span ?? r.span).range, leadBefore: lead, leadAfter: newLead,
        note: "\(provision.map { $0.label + $0.title } ?? r.quote): lead \(lead) → \(newLead)"))
    return true
  }

  /// For plans that print no responsibilities: a task gets a lead department.
  private mutating func assignLead() throws -> Bool {
    guard let task = candidates().randomElement(using: &random), let t = located(task) else { return false }
    used.insert(task.id)
    let lead = leadName()
    let bracket = "（牵头单位：\(lead)）"
    try commit([(t.span.end..<t.span.end, bracket)])
    edits.append(
      DiffScriptedEdit(
        kind: .swapLead, originalRange: task.span.range, marker: bracket, leadBefore: nil, leadAfter: lead,
        note: "\(task.label)\(task.title): lead → \(lead)"))
    return true
  }

  private mutating func rewordSentence() throws -> Bool {
    let facts = original.quantities.map(\.span.range) + original.responsibilities.map(\.span.range)
    let scalars = Self.scalars(originalText)
    for task in candidates().shuffled(using: &random) {
      // Sentences of the task after its title sentence, without facts, ending in 。.
      var sentences: [Range<Int>] = []
      var start = task.span.start
      for k in task.span.range where scalars[k] == "。" {
        sentences.append(start..<(k + 1))
        start = k + 1
      }
      let plain = sentences.dropFirst().filter { s in
        s.count >= 14 && !facts.contains { $0.overlaps(s) } && !Self.string(scalars[s]).contains("\n")
      }
      guard let sentence = plain.randomElement(using: &random), let t = located(task) else { continue }
      used.insert(task.id)
      let old = Self.string(scalars[sentence])
      var new = String(old.dropLast())
      for (from, to) in Self.rewordings where new.contains(from) {
        if let range = new.range(of: from) { new.replaceSubrange(range, with: to) }
        break
      }
      new += "，切实提高服务质效。"
      let current = Self.scalars(text)
      guard let at = Self.find(old, in: current, within: t.span.range) else { return false }
      try commit([(at, new)])
      edits.append(
        DiffScriptedEdit(
          kind: .rewordSentence, originalRange: task.span.range, inserted: "切实提高服务质效",
          note: "\(task.label)\(task.title): \(old.prefix(16))…"))
      return true
    }
    return false
  }

  // MARK: - Text surgery

  /// Removes a provision and the line break after it; later tasks of its sequence move up.
  private mutating func cut(_ p: Provision) throws {
    guard let n = Self.number(p.label) else { return }
    let scalars = Self.scalars(text)
    let end = p.span.end < scalars.count && scalars[p.span.end] == "\n" ? p.span.end + 1 : p.span.end
    var changes = renumbering(after: p.heading, from: n)
    changes.append((p.span.start..<end, ""))
    try commit(changes)
  }

  /// Label replacements that renumber the rest of `heading`'s sequence: the later headings of
  /// the same style whose numbers keep rising (so a restart at 1 in the next section ends it)
  /// get `first`, `first`+1, …
  private func renumbering(after heading: String, from first: Int) -> [(Range<Int>, String)] {
    guard let ref = draft.headings.first(where: { $0.id == heading }), var previous = Self.number(ref.label) else {
      return []
    }
    let style = Self.style(ref.label)
    var next = first
    var out: [(Range<Int>, String)] = []
    for h in draft.headings where h.span.start > ref.span.start && Self.style(h.label) == style {
      guard let n = Self.number(h.label), n > previous else { break }
      if n != next {
        out.append((h.span.start..<(h.span.start + h.label.unicodeScalars.count), Self.relabel(h.label, to: next)))
      }
      previous = n
      next += 1
    }
    return out
  }

  /// Applies replacements (scalar ranges of the current text), then extracts the draft again.
  private mutating func commit(_ changes: [(Range<Int>, String)]) throws {
    var scalars = Self.scalars(text)
    for (range, replacement) in changes.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
      scalars.replaceSubrange(range, with: Array(replacement.unicodeScalars))
    }
    text = Self.string(scalars[...])
    draft = try TestSupport.extract(text, path: "draft.txt")
  }

  /// A line break to end a paragraph pasted right after `p`, when the line goes on after it: a
  /// heading glued to the end of `p` by a bad conversion (…救助。(六)加强人才队伍建设) stays a
  /// heading of its own line instead of ending up glued to the pasted paragraph.
  private func lineBreak(after p: Provision) -> String {
    let scalars = Self.scalars(text)
    return p.span.end < scalars.count && scalars[p.span.end] != "\n" ? "\n" : ""
  }

  /// What stands between a provision's label and its title (a space, or nothing).
  private func separator(of p: Provision) -> String {
    String(p.text.dropFirst(p.label.count).prefix { $0.isWhitespace })
  }

  /// A department that leads tasks in this plan, else the civil-affairs bureau of its level.
  private func leadName() -> String {
    if let name = original.responsibilities.first?.lead.first?.name { return name }
    let county = original.meta.jurisdiction.county
    return (county.flatMap(\.last).map(String.init) ?? "市") + "民政局"
  }

  // MARK: - Labels and strings

  /// The label with its number replaced by "#": 1. and 12. share a style, as do 一、 and 3、.
  static func style(_ label: String) -> String {
    var out = ""
    var inNumber = false
    for s in label.unicodeScalars {
      let isNumeral = ("0"..."9").contains(s) || ChineseNumerals.isNumeral(s)
      if isNumeral, !inNumber { out += "#" }
      if !isNumeral { out.unicodeScalars.append(s) }
      inNumber = isNumeral
    }
    return out
  }

  /// The number a label prints, in digits or Chinese numerals.
  static func number(_ label: String) -> Int? {
    let scalars = Array(label.unicodeScalars)
    if let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) {
      let run = scalars[start...].prefix { ("0"..."9").contains($0) }
      return Int(String(String.UnicodeScalarView(run)))
    }
    if let start = scalars.firstIndex(where: ChineseNumerals.isNumeral) {
      return ChineseNumerals.value(of: scalars[start...].prefix(while: ChineseNumerals.isNumeral))
    }
    return nil
  }

  /// The label with its number replaced by `n`, in the same numerals.
  static func relabel(_ label: String, to n: Int) -> String {
    let scalars = Array(label.unicodeScalars)
    if let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) {
      let end = scalars[start...].firstIndex { !("0"..."9").contains($0) } ?? scalars.count
      return string(scalars[..<start]) + String(n) + string(scalars[end...])
    }
    if let start = scalars.firstIndex(where: ChineseNumerals.isNumeral) {
      let end = scalars[start...].firstIndex { !ChineseNumerals.isNumeral($0) } ?? scalars.count
      return string(scalars[..<start]) + chinese(n) + string(scalars[end...])
    }
    return label
  }

  /// 1 … 99 in Chinese numerals: 三, 十二, 二十.
  static func chinese(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[max(n, 0)] }
    return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10]
  }

  static func digits(_ value: Double) -> String { String(Int64(value)) }

  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  static func slice(_ text: String, _ span: Span) -> String {
    string(scalars(text)[span.range])
  }

  static func occurrences(of needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }

  /// The first occurrence of `needle` in `scalars` within `range`.
  static func find(_ needle: String, in scalars: [Unicode.Scalar], within range: Range<Int>) -> Range<Int>? {
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, range.count >= n.count, range.upperBound <= scalars.count else { return nil }
    for i in range.lowerBound...(range.upperBound - n.count) where scalars[i..<(i + n.count)].elementsEqual(n) {
      return i..<(i + n.count)
    }
    return nil
  }

  /// The last occurrence of `needle` within `range`.
  static func findLast(_ needle: String, in scalars: [Unicode.Scalar], within range: Range<Int>) -> Range<Int>? {
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, range.count >= n.count, range.upperBound <= scalars.count else { return nil }
    for i in stride(from: range.upperBound - n.count, through: range.lowerBound, by: -1)
    where scalars[i..<(i + n.count)].elementsEqual(n) {
      return i..<(i + n.count)
    }
    return nil
  }

  /// Where the sentence holding `offset` starts: after the last 。；or line break before it.
  static func sentenceStart(before offset: Int, in scalars: [Unicode.Scalar], floor: Int) -> Int {
    var k = offset
    while k > floor, !["。", "；", "\n"].contains(scalars[k - 1]) { k -= 1 }
    return k
  }

  /// Synonyms a drafter swaps when rewording a sentence; the first that applies is used.
  static let rewordings: [(String, String)] = [
    ("加强", "强化"), ("推进", "推动"), ("完善", "健全"), ("建立", "构建"), ("提升", "提高"), ("支持", "鼓励"),
    ("开展", "组织开展"), ("鼓励", "引导"), ("加快", "加速"), ("落实", "抓好"),
  ]

  /// Tasks a new draft adds: a title and its text.
  static let tasks: [(String, String)] = [
    ("推进老年人数字技能培训", "依托社区老年学校和养老服务中心，组织开展智能手机使用、网上办事等培训，帮助老年人跨越数字鸿沟。"),
    ("加强养老服务应急能力建设", "建立健全养老机构突发事件应急预案，定期组织消防安全演练，推动养老机构配备必要的应急物资。"),
    ("发展老年教育", "扩大老年大学办学规模，鼓励社会力量举办老年教育机构，推动老年教育资源向社区和农村延伸。"),
    ("开展养老服务消费券试点", "探索向经济困难老年人发放养老服务消费券，引导老年人就近使用社区养老服务，激发养老服务消费潜力。"),
    ("推广应用康复辅助器具", "建设康复辅助器具社区租赁服务网点，推动辅助器具进家庭、进机构，提升失能老年人生活自理能力。"),
    ("促进老年人社会参与", "支持老年人参与社区治理和志愿服务，培育发展老年协会等基层老年社会组织，丰富老年人精神文化生活。"),
  ]
}
