import PlanLensText

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
  func unwrapped(_ title: String) -> String { cues.notice.plan(namedBy: title) ?? title }

  /// Without 《》 and bracketed draft markers.
  func clean(_ title: String) -> String {
    var t = title.replacingOccurrences(of: "《", with: "").replacingOccurrences(of: "》", with: "")
    for marker in cues.draftMarkers {
      for (open, close) in Punctuation.markerBrackets {
        t = t.replacingOccurrences(of: String(open) + marker + String(close), with: "")
      }
    }
    return t
  }

  /// The title's kind: its closing words, ignoring a trailing （2024—2026年） or similar.
  func docType(of title: String) -> String? {
    var t = Substring(title)
    while let last = t.unicodeScalars.last, Punctuation.roundClose.contains(last),
      let open = t.unicodeScalars.lastIndex(where: Punctuation.roundOpen.contains)
    {
      t = t[..<open]
    }
    return cues.docTypes.first { t.hasSuffix($0.text) }?.kind
  }

  /// The kind a text gives itself: 制定本行动方案 → 行动方案, 现就有关事项通知如下 → 通知.
  func selfType(in body: String) -> String? {
    var best: (offset: Int, kind: String)? = nil
    for prefix in cues.selfTypes {
      var from = body.startIndex
      while let r = body.byteRange(of: prefix, from: from) {
        let rest = body[r.upperBound...].prefix(12)
        let words = rest.prefix { c in
          !c.unicodeScalars.contains {
            Punctuation.sentenceEnds.contains($0) || Punctuation.pauses.contains($0) || Punctuation.colons.contains($0)
          }
        }
        if let kind = cues.docTypes.first(where: { words.hasPrefix($0.text) })?.kind {
          let offset = body.distance(from: body.startIndex, to: r.lowerBound)
          if best.map({ offset < $0.offset }) ?? true { best = (offset, kind) }
          break
        }
        from = r.upperBound
      }
    }
    if let best { return best.kind }
    return cues.fixedTypes.first { body.includes($0.text) }?.kind
  }
}
