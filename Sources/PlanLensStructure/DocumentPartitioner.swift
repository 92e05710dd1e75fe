import PlanLensText

/// Splits a cleaned document into cover notice, title block, body and attachments.
struct DocumentPartitioner: Sendable {
  let grammar: HeadingGrammar

  func layout(of text: MappedText) -> DocumentLayout {
    let scalars = text.scalars
    let lines = text.lineRanges()
    let squeezed = lines.map { Self.squeeze(scalars[$0]) }
    let firstText = squeezed.firstIndex { !$0.isEmpty } ?? lines.count

    var titleStart = firstText
    var notice: Range<Int>? = nil
    if let (noticeTitle, planTitle) = noticeTitle(squeezed, from: firstText) {
      let afterNotice = noticeTitle.upperBound
      if let start = planTitleLine(squeezed, planTitle: planTitle, from: afterNotice) {
        titleStart = start
      } else {
        titleStart = endOfSignature(squeezed, from: afterNotice)
      }
      notice = firstText..<titleStart
    }
    // The title block: consecutive short lines without 。, up to a blank line.
    var titleEnd = titleStart
    while titleEnd < lines.count, titleEnd - titleStart < 4 {
      let line = squeezed[titleEnd]
      if line.isEmpty {
        if titleEnd > titleStart { break }
        titleStart += 1
        titleEnd += 1
        continue
      }
      if line.contains("。") || line.unicodeScalars.count > 60 || startsWithLabel(text, lines[titleEnd])
        || grammar.sectionTitle(in: scalars, line: lines[titleEnd]) != nil
      {
        break
      }
      titleEnd += 1
    }
    var attachments: [Int] = []
    for i in titleEnd..<lines.count where Self.isAttachmentLine(squeezed[i]) {
      attachments.append(i)
    }
    let bodyEnd = attachments.first ?? lines.count
    return DocumentLayout(
      lines: lines, notice: notice, title: titleStart..<titleEnd, body: titleEnd..<bodyEnd,
      attachments: attachments)
  }

  /// A line (or two) near the top reading 关于印发《…》的通知: returns its lines and the plan title
  /// inside 《》.
  private func noticeTitle(_ squeezed: [String], from start: Int) -> (Range<Int>, String)? {
    let limit = min(squeezed.count, start + 40)
    var i = start
    while i < limit {
      let line = squeezed[i]
      // A notice title stands on its own short line(s); a paragraph citing one is not a notice.
      if line.contains("关于"), Self.noticeVerbs.contains(where: line.contains), !line.contains("。"),
        line.unicodeScalars.count <= 80
      {
        var joined = line
        var end = i + 1
        while !joined.contains("通知"), end < limit, end - i < 3, !squeezed[end].isEmpty {
          joined += squeezed[end]
          end += 1
        }
        if joined.contains("通知"), let title = Self.bracketed(joined) {
          return (i..<end, title)
        }
      }
      i += 1
    }
    return nil
  }

  /// The first line after the notice that begins the plan's own title.
  private func planTitleLine(_ squeezed: [String], planTitle: String, from start: Int) -> Int? {
    let title = planTitle
    for i in start..<min(squeezed.count, start + 60) {
      let line = squeezed[i]
      guard line.unicodeScalars.count >= min(4, title.unicodeScalars.count), !line.hasPrefix("《") else {
        continue
      }
      if title.hasPrefix(line) || line == title { return i }
    }
    return nil
  }

  /// Just past the notice's signature: its date line and a following parenthesised remark.
  private func endOfSignature(_ squeezed: [String], from start: Int) -> Int {
    for i in start..<min(squeezed.count, start + 40) where Self.isDateLine(squeezed[i]) {
      var end = i + 1
      while end < squeezed.count, squeezed[end].isEmpty || squeezed[end].hasPrefix("（") || squeezed[end].hasPrefix("(")
      {
        end += 1
      }
      return end
    }
    return start
  }

  private func startsWithLabel(_ text: MappedText, _ line: Range<Int>) -> Bool {
    var i = line.lowerBound
    while i < line.upperBound, text.scalars[i].properties.isWhitespace { i += 1 }
    return grammar.label(in: text.scalars, at: i, lineEnd: line.upperBound) != nil
  }

  static let noticeVerbs = ["印发", "转发", "下发", "发布"]

  static func squeeze(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    for s in scalars where !s.properties.isWhitespace { view.append(s) }
    return String(view)
  }

  /// The text inside the first 《》 (joined over inner 〈〉 and spaces).
  static func bracketed(_ s: String) -> String? {
    guard let open = s.firstIndex(of: "《"), let close = s[open...].lastIndex(of: "》") else { return nil }
    let inner = s[s.index(after: open)..<close]
    return inner.isEmpty ? nil : String(inner)
  }

  /// 附件, 附件2, 附件二, 附件：  standing alone on a line.
  static func isAttachmentLine(_ squeezed: String) -> Bool {
    guard squeezed.hasPrefix("附件") else { return false }
    var rest = squeezed.dropFirst(2)
    if rest.hasSuffix("：") || rest.hasSuffix(":") { rest = rest.dropLast() }
    return rest.allSatisfy { c in
      c.unicodeScalars.allSatisfy { HeadingGrammar.arabicDigit($0) != nil || ChineseNumerals.digits[$0] != nil }
    } && rest.count <= 2
  }

  /// A line that is only a date: 2021年8月31日, 二〇二一年八月三十一日.
  static func isDateLine(_ squeezed: String) -> Bool {
    guard squeezed.hasSuffix("日"), squeezed.contains("年"), squeezed.contains("月") else { return false }
    return squeezed.unicodeScalars.allSatisfy { s in
      HeadingGrammar.arabicDigit(s) != nil || ChineseNumerals.isNumeral(s) || "年月日".unicodeScalars.contains(s)
    }
  }
}
