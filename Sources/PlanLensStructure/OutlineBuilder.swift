import PlanLensModel
import PlanLensText

/// Turns heading candidates into the document's tree.
///
/// Levels come from the order in which numbering styles appear in this document: a style already
/// open on the stack is a sibling at its level; a new style opens a deeper level, unless its number
/// continues an open sequence of a related style (1、 2、 三、) or, for 二, follows an unnumbered top
/// section (总体要求 … 二、主要任务). A candidate glued mid-line is accepted only when it continues
/// an open sequence, so numbers inside sentences do not become headings.
struct OutlineBuilder: Sendable {
  private struct Open {
    var key: String
    var style: NumberingStyle?
    var value: Int?
    var index: Int
  }

  /// A heading placed in the tree: the candidate and its level.
  struct Placed {
    var candidate: HeadingCandidate
    var level: Int
    var parent: Int?
  }

  func build(_ candidates: [HeadingCandidate]) -> [Placed] {
    var stack: [Open] = []
    var seen: [String: Int] = [:]
    var placed: [Placed] = []
    // Inside an inset box: the last number of each list the box runs itself.
    var box: [String: Int]? = nil
    for c in candidates.sorted(by: { $0.start < $1.start }) {
      if case .insetBox = c.kind {
        box = [:]
        continue
      }
      if var lists = box {
        let value = c.numberLabel?.value
        let continuesBox = value != nil && lists[c.styleKey].map { $0 + 1 } == value
        guard !continuesBox, continuesOutline(c, stack: stack) else {
          if let value { lists[c.styleKey] = value }
          box = lists
          continue
        }
        box = nil
      }
      guard let level = place(c, stack: &stack, seen: seen, index: placed.count) else { continue }
      seen[c.styleKey] = c.numberLabel?.value ?? 0
      let parent = level >= 2 ? stack[level - 2].index : nil
      placed.append(Placed(candidate: c, level: level, parent: parent))
    }
    return placed
  }

  /// Whether `c` ends an inset box: an attachment, or the next number of a list open outside it.
  private func continuesOutline(_ c: HeadingCandidate, stack: [Open]) -> Bool {
    if case .attachment = c.kind { return true }
    guard let label = c.numberLabel else { return false }
    return stack.contains { open in
      guard let style = open.style, let value = open.value else { return false }
      return value + 1 == label.value && (open.key == c.styleKey || label.style.isRelated(to: style))
    }
  }

  /// The level of `c` (1-based) after updating the stack, or nil when `c` is not a heading.
  /// `seen` holds the last number of each style placed so far in the document.
  private func place(_ c: HeadingCandidate, stack: inout [Open], seen: [String: Int], index: Int) -> Int? {
    let entry = Open(key: c.styleKey, style: c.numberLabel?.style, value: c.numberLabel?.value, index: index)
    if case .attachment = c.kind {
      stack = [entry]
      return 1
    }
    let value = c.numberLabel?.value
    // The same style already open: a sibling.
    if let i = stack.lastIndex(where: { $0.key == c.styleKey }) {
      if c.isGlued {
        guard let v = value, let last = stack[i].value, v == last + 1 else { return nil }
      }
      stack.removeSubrange(i...)
      stack.append(entry)
      return i + 1
    }
    if let v = value, let style = c.numberLabel?.style, v >= 2 {
      // A related style whose open number is one less: the same list, restyled — unless this
      // style's own list runs on document-wide ((二) … 二、 … (三)).
      if seen[c.styleKey] != v - 1,
        let i = stack.lastIndex(where: { $0.value == v - 1 && ($0.style.map(style.isRelated) ?? false) })
      {
        stack.removeSubrange(i...)
        stack.append(entry)
        return i + 1
      }
      // 二 after an unnumbered first section: the first section was 一.
      if v == 2, seen[c.styleKey] == nil, let top = stack.first, top.style == nil, top.key == "section" {
        stack.removeAll()
        stack.append(entry)
        return 1
      }
    }
    if c.isGlued {
      // A new list starting mid-line only after a clear gap of spaces.
      guard value == 1, c.gap >= 3 else { return nil }
    }
    // Items enumerated inside an article (第八条 … （一）（二）) are not headings.
    if let top = stack.last?.style, top.isLeaf, c.numberLabel != nil { return nil }
    // A top-style list (一、) after an unnumbered section with text of its own (总体要求 + a
    // paragraph) is that section's sibling.
    if let style = c.numberLabel?.style, style.isTop, value == 1, c.followsText,
      let i = stack.lastIndex(where: { $0.key == "section" }), i == stack.count - 1
    {
      stack.removeSubrange(i...)
      stack.append(entry)
      return i + 1
    }
    stack.append(entry)
    return stack.count
  }
}
