/// Reads a plan's title and kind: the title block as printed, unwrapped from a cover notice's
/// 关于印发《X》的通知, without 《》 or a draft marker; the kind from the title's closing words or,
/// without a title, from how the text names itself (制定本行动方案).
struct TitleReader: Sendable {
  let cues: MetadataCues

  /// The plan's title from the title block, else a header field 标题：, else the notice's 《X》.
  func title(block: String, header: String?, noticePlan: String?) -> String? {
    for candidate in [block, header ?? "", noticePlan ?? ""] {
      let t = clean(unwrapped(candidate))
      if !t.isEmpty { return t }
    }
    return nil
  }

  /// 某某关于印发《X》的通知 → X; other text unchanged.
  func unwrapped(_ title: String) -> String {
    guard title.contains("关于"), let kind = cues.noticeKinds.first(where: title.hasSuffix) else { return title }
    let head = title.dropLast(kind.count)
    let verbs = cues.noticeVerbs.compactMap { head.range(of: $0) }
    guard let verb = verbs.min(by: { $0.lowerBound < $1.lowerBound }) else { return title }
    var plan = String(head[verb.upperBound...])
    if plan.hasSuffix("的") { plan.removeLast() }
    if let open = plan.firstIndex(of: "《"), let close = plan.lastIndex(of: "》"), open < close {
      plan = String(plan[plan.index(after: open)..<close])
    }
    return plan.isEmpty ? title : plan
  }

  /// Without 《》 and bracketed draft markers.
  func clean(_ title: String) -> String {
    var t = title.replacingOccurrences(of: "《", with: "").replacingOccurrences(of: "》", with: "")
    for marker in cues.draftMarkers {
      for (open, close) in [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")] {
        t = t.replacingOccurrences(of: open + marker + close, with: "")
      }
    }
    return t
  }

  /// The title's kind: its closing words, ignoring a trailing （2024—2026年） or similar.
  func docType(of title: String) -> String? {
    var t = Substring(title)
    while let last = t.last, last == "）" || last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) {
      t = t[..<open]
    }
    return cues.docTypes.first { t.hasSuffix($0.text) }?.kind
  }

  /// The kind a text gives itself: 制定本行动方案 → 行动方案, 现就有关事项通知如下 → 通知.
  func selfType(in body: String) -> String? {
    var best: (offset: Int, kind: String)? = nil
    for prefix in cues.selfTypes {
      var from = body.startIndex
      while let r = body.range(of: prefix, range: from..<body.endIndex) {
        let rest = body[r.upperBound...].prefix(12)
        let words = rest.prefix { !"。，；：,;:".contains($0) }
        if let kind = cues.docTypes.first(where: { words.hasPrefix($0.text) })?.kind {
          let offset = body.distance(from: body.startIndex, to: r.lowerBound)
          if best.map({ offset < $0.offset }) ?? true { best = (offset, kind) }
          break
        }
        from = r.upperBound
      }
    }
    if let best { return best.kind }
    return cues.fixedTypes.first { body.contains($0.text) }?.kind
  }
}
