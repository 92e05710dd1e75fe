import Foundation

/// Scores an extraction export against a gold annotation exactly as `eval/score.py` does (the
/// figures of ../shared/gold/GUIDE.md), so `swift test` can hold the scores to floors.
///
/// Both sides are the export's JSON objects; offsets count Unicode scalars of the source.
enum GoldScorer {
  typealias Object = [String: Any]

  static func score(source: String, gold: Object, prediction: Object) -> GoldScore {
    var r = GoldScore()
    let scalars = Array(source.unicodeScalars)

    // Headings: (label, first 8 characters of the title), and the same with the parent's.
    let goldHeadings = objects(gold["headings"])
    let predictedHeadings = objects(prediction["headings"])
    let key = { (h: Object) in [nfkc(h["label"] as? String), titleKey(h["title"] as? String, 8)] }
    r.headings = count(predictedHeadings.map(key), goldHeadings.map(key))
    r.headingsTree = count(treeKeys(predictedHeadings), treeKeys(goldHeadings))
    r.misses += differences("heading (under its parent)", treeKeys(predictedHeadings), treeKeys(goldHeadings))

    // Spans slice the source to the quote.
    for field in ["quantities", "responsibilities", "milestones"] {
      for x in objects(prediction[field]) {
        guard let span = x["span"] as? Object, let quote = x["quote"] as? String else { continue }
        let start = span["start"] as? Int ?? 0
        let end = span["end"] as? Int ?? 0
        if !(0 <= start && start <= end && end <= scalars.count) || slice(scalars, start, end) != quote {
          r.badSpans += 1
        }
      }
    }

    scoreQuantities(source: source, gold: gold, prediction: prediction, into: &r)

    // Responsibilities: (heading title prefix, unit, role).
    var titles: [String: String] = [:]
    for h in predictedHeadings { if let id = h["id"] as? String { titles[id] = h["title"] as? String ?? "" } }
    let units = { (o: Object, title: String) -> [String] in
      ["lead", "support"].flatMap { role in
        names(o[role]).map { "\(titleKey(title, 6))\u{1}\($0)\u{1}\(role)" }
      }
    }
    let goldUnits = objects(gold["responsibilities"]).flatMap { units($0, $0["headingTitle"] as? String ?? "") }
    let predictedUnits = objects(prediction["responsibilities"]).flatMap {
      units($0, ($0["heading"] as? String).flatMap { titles[$0] } ?? "")
    }
    r.responsibilities = count(predictedUnits, goldUnits)
    r.misses += differences("responsibility (heading, unit, role)", predictedUnits, goldUnits)

    // Metadata: twelve fields.
    let g = flatMeta(gold["meta"] as? Object ?? [:])
    let p = flatMeta(prediction["meta"] as? Object ?? [:])
    r.meta = FieldCount(hits: zip(g, p).filter { $0 == $1 }.count, predicted: 12, gold: 12)
    for (field, (gv, pv)) in zip(metaFields, zip(g, p)) where gv != pv {
      r.misses.append("meta \(field): \(shown(pv)), gold \(shown(gv))")
    }

    // Milestones: (start, end).
    let milestoneKey = { (m: Object) in "\(m["start"] as? String ?? "-")|\(m["end"] as? String ?? "-")" }
    let predictedMilestones = objects(prediction["milestones"]).map(milestoneKey)
    let goldMilestones = objects(gold["milestones"]).map(milestoneKey)
    r.milestones = count(predictedMilestones, goldMilestones)
    r.misses += differences("milestone (start|end)", predictedMilestones, goldMilestones)
    return r
  }

  // MARK: - Quantities

  private static func scoreQuantities(source: String, gold: Object, prediction: Object, into r: inout GoldScore) {
    let golds = objects(gold["quantities"])
    let preds = objects(prediction["quantities"])
    let occurrences = golds.map { occurrencesOf($0["quote"] as? String ?? "", in: source) }
    var used = Array(repeating: false, count: golds.count)
    var detected = 0
    var tuples = 0
    for p in preds {
      let span = p["span"] as? Object
      let start = span?["start"] as? Int
      let end = span?["end"] as? Int
      let (pv, pu) = canon(p["value"], p["unit"] as? String)
      guard let pv else { continue }
      var hit: Int? = nil
      for (i, g) in golds.enumerated() where !used[i] {
        guard let gv = canon(g["value"], g["unit"] as? String).0, numbersEqual(pv, gv) else { continue }
        if let start, let end {
          guard occurrences[i].contains(where: { start < $0.upperBound && $0.lowerBound < end }) else { continue }
        }
        hit = i
        break
      }
      guard let hit else { continue }
      used[hit] = true
      detected += 1
      let g = golds[hit]
      let unitOK = pu == canon(g["value"], g["unit"] as? String).1
      let comparatorOK = (p["comparator"] as? String ?? "") == (g["comparator"] as? String ?? "")
      let deadlineOK = year(p["deadline"]) == year(g["deadline"])
      let kindOK = (p["kind"] as? String) == (g["kind"] as? String)
      let indicatorOK = indicatorMatches(p["indicator"] as? String, g["indicator"] as? String)
      let maxOK = numbersEqual(number(p["valueMax"]) ?? 0, number(g["valueMax"]) ?? 0)
      if unitOK && comparatorOK && deadlineOK && kindOK && indicatorOK && maxOK {
        tuples += 1
        continue
      }
      let fields: [(ok: Bool, name: String, key: String)] = [
        (indicatorOK, "indicator", "indicator"), (comparatorOK, "comparator", "comparator"), (unitOK, "unit", "unit"),
        (maxOK, "valueMax", "valueMax"), (deadlineOK, "deadline", "deadline"), (kindOK, "kind", "kind"),
      ]
      let wrong = fields.filter { !$0.ok }.map { f in
        f.key == "deadline"
          ? "deadline \(shown(year(p["deadline"]))), gold \(shown(year(g["deadline"])))"
          : "\(f.name) \(shown(p[f.key])), gold \(shown(g[f.key]))"
      }
      r.misses.append("quantity “\(g["quote"] as? String ?? "")”: " + wrong.joined(separator: "; "))
    }
    for (i, g) in golds.enumerated() where !used[i] {
      r.misses.append("quantity “\(g["quote"] as? String ?? "")”: not found")
    }
    r.quantityDetect = FieldCount(hits: detected, predicted: preds.count, gold: golds.count)
    r.quantityTuple = FieldCount(hits: tuples, predicted: preds.count, gold: golds.count)
  }

  /// (value, unit) with a leading 万/亿 of the unit folded into the value: (3000, 万元) == (3e7, 元).
  private static func canon(_ value: Any?, _ unit: String?) -> (Double?, String) {
    let u = nfkc(unit)
    guard let v = number(value) else { return (nil, u) }
    for (prefix, factor) in [("万", 1e4), ("亿", 1e8)] where u.count > 1 && u.hasPrefix(prefix) {
      return (v * factor, String(u.dropFirst()))
    }
    return (v, u)
  }

  private static func indicatorMatches(_ predicted: String?, _ gold: String?) -> Bool {
    let p = nfkc(predicted)
    let g = nfkc(gold)
    if p.isEmpty || g.isEmpty { return p == g }
    return p.contains(g) || g.contains(p) || dice(p, g) >= 0.5
  }

  private static func dice(_ a: String, _ b: String) -> Double {
    let x = bigrams(a)
    let y = bigrams(b)
    guard !x.isEmpty, !y.isEmpty else { return a == b ? 1 : 0 }
    return 2 * Double(count(x, y).hits) / Double(x.count + y.count)
  }

  private static func bigrams(_ s: String) -> [String] {
    let c = Array(s)
    guard c.count > 1 else { return c.isEmpty ? [] : [s] }
    return (0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) }
  }

  // MARK: - Helpers

  /// True positives of `predicted` against `gold` as multisets.
  private static func count(_ predicted: [String], _ gold: [String]) -> FieldCount {
    var pool: [String: Int] = [:]
    for g in gold { pool[g, default: 0] += 1 }
    var hits = 0
    for p in predicted where (pool[p] ?? 0) > 0 {
      pool[p, default: 0] -= 1
      hits += 1
    }
    return FieldCount(hits: hits, predicted: predicted.count, gold: gold.count)
  }

  /// One line per key the gold has and the prediction lacks ("missing"), and the other way
  /// round ("extra"), as multisets; keys shown with their parts joined by " / ".
  private static func differences(_ item: String, _ predicted: [String], _ gold: [String]) -> [String] {
    var pool: [String: Int] = [:]
    for g in gold { pool[g, default: 0] += 1 }
    var extra: [String] = []
    for p in predicted {
      if (pool[p] ?? 0) > 0 { pool[p, default: 0] -= 1 } else { extra.append(p) }
    }
    let shown = { (key: String) in key.replacingOccurrences(of: "\u{1}", with: " / ") }
    let missing = gold.filter { g in
      guard (pool[g] ?? 0) > 0 else { return false }
      pool[g, default: 0] -= 1
      return true
    }
    return missing.map { "\(item) \(shown($0)): missing" } + extra.map { "\(item) \(shown($0)): extra" }
  }

  private static func count(_ predicted: [[String]], _ gold: [[String]]) -> FieldCount {
    count(predicted.map { $0.joined(separator: "\u{1}") }, gold.map { $0.joined(separator: "\u{1}") })
  }

  /// Each heading's key with its parent's: the nearest earlier heading of a smaller level.
  private static func treeKeys(_ headings: [Object]) -> [String] {
    var keys: [String] = []
    var stack: [(level: Int, key: String)] = []
    for h in headings {
      let k = nfkc(h["label"] as? String) + "\u{1}" + titleKey(h["title"] as? String, 8)
      let level = h["level"] as? Int ?? 0
      while let top = stack.last, top.level >= level { stack.removeLast() }
      keys.append(k + "\u{2}" + (stack.last?.key ?? "\u{1}"))
      stack.append((level, k))
    }
    return keys
  }

  /// The names of the fields `flatMeta` returns, in its order.
  private static let metaFields = [
    "title", "province", "city", "county", "level", "docType", "status", "issuer", "docNumber", "issueDate",
    "periodStart", "periodEnd",
  ]

  /// A value as a miss line shows it: the text, or "none".
  private static func shown(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: return "none"
    case let s as String: return s == "\u{0}" ? "none" : s
    case let n as NSNumber: return n.stringValue
    case let i as Int: return String(i)
    default: return "\(value ?? "none")"
    }
  }

  private static func flatMeta(_ m: Object) -> [String] {
    let j = m["jurisdiction"] as? Object ?? [:]
    let p = m["period"] as? Object ?? [:]
    let clean = { (v: Any?) -> String in
      guard let s = v as? String else { return "\u{0}" }
      return nfkc(s).replacingOccurrences(of: "《", with: "").replacingOccurrences(of: "》", with: "")
        .replacingOccurrences(of: " ", with: "")
    }
    let plain = { (v: Any?) -> String in (v as? String) ?? (v as? Int).map(String.init) ?? "\u{0}" }
    return [
      clean(m["title"]), plain(j["province"]), plain(j["city"]), plain(j["county"]), plain(m["level"]),
      plain(m["docType"]), plain(m["status"]), clean(m["issuer"]), clean(m["docNumber"]), plain(m["issueDate"]),
      plain(p["start"]), plain(p["end"]),
    ]
  }

  private static func names(_ units: Any?) -> [String] {
    (units as? [Any] ?? []).map { u in nfkc((u as? Object)?["name"] as? String ?? u as? String) }
  }

  private static func year(_ deadline: Any?) -> Int? { (deadline as? Object)?["year"] as? Int }

  private static func number(_ v: Any?) -> Double? {
    switch v {
    case let n as Int: return Double(n)
    case let n as Double: return n
    case let n as NSNumber: return n.doubleValue
    default: return nil
    }
  }

  private static func numbersEqual(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
  }

  private static func objects(_ v: Any?) -> [Object] { v as? [Object] ?? [] }

  static func nfkc(_ s: String?) -> String {
    (s ?? "").precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func titleKey(_ s: String?, _ n: Int) -> String {
    let t = nfkc(s).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: "")
    let first = t.split(separator: "。", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    return String(first.prefix(n))
  }

  private static func occurrencesOf(_ quote: String, in text: String) -> [Range<Int>] {
    guard !quote.isEmpty else { return [] }
    let t = Array(text.unicodeScalars)
    let q = Array(quote.unicodeScalars)
    guard q.count <= t.count else { return [] }
    var out: [Range<Int>] = []
    for i in 0...(t.count - q.count) where t[i] == q[0] && Array(t[i..<(i + q.count)]) == q {
      out.append(i..<(i + q.count))
    }
    return out
  }

  private static func slice(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s[start..<end])
    return String(view)
  }
}
