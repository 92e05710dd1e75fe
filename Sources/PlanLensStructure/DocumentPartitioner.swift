import PlanLensText

/// Splits a cleaned document into cover notice, title block, body and attachments.
struct DocumentPartitioner: Sendable {
  let grammar: HeadingGrammar
  var cues: PartitionCues = .shared

  func layout(of text: MappedText) -> DocumentLayout {
    let scalars = text.scalars
    let lines = text.lineRanges()
    let squeezed = lines.map { ScalarText.squeezed(scalars[$0]) }
    let firstText = squeezed.firstIndex { !$0.isEmpty } ?? lines.count

    let front = endOfFrontMatter(squeezed, from: firstText)
    var titleStart = front
    if let (noticeTitle, planTitle) = noticeTitle(squeezed, from: front) {
      let afterNotice = noticeTitle.upperBound
      titleStart =
        planTitleLine(squeezed, planTitle: planTitle, from: afterNotice)
        ?? endOfSignature(squeezed, from: afterNotice)
    } else if let addressee = addresseeNotice(squeezed, from: front) {
      let planTitle = squeezed[addressee].joined().bracketedTitle
      titleStart =
        planTitle.flatMap { planTitleLine(squeezed, planTitle: $0, from: addressee.upperBound) }
        ?? endOfSignature(squeezed, from: addressee.upperBound, orElse: addressee.upperBound)
    }
    // The title block: consecutive short lines without 。, up to a blank line; lines that are
    // metadata (header fields, 文号, addressees, dates, an office's name) stand before it.
    var titleEnd = titleStart
    while titleEnd < lines.count, titleEnd - titleStart < 4 {
      let line = squeezed[titleEnd]
      if line.isEmpty || (titleEnd == titleStart && isFrontMatter(squeezed, titleEnd)) {
        if titleEnd > titleStart { break }
        titleStart += 1
        titleEnd += 1
        continue
      }
      if line.containsFullStop || line.endsWithColon || line.unicodeScalars.count > 60
        || startsWithLabel(text, lines[titleEnd])
        || grammar.sectionTitle(in: scalars, line: lines[titleEnd]) != nil || isFrontMatter(squeezed, titleEnd)
        || cues.isContents(line)
      {
        break
      }
      titleEnd += 1
    }
    let notice: Range<Int>? = titleStart > firstText ? firstText..<titleStart : nil
    // A 目录 line after the title belongs to neither title nor body.
    let bodyStart = titleEnd < lines.count && cues.isContents(squeezed[titleEnd]) ? titleEnd + 1 : titleEnd
    var attachments: [Int] = []
    for i in bodyStart..<lines.count where cues.isAttachmentLine(squeezed[i]) {
      attachments.append(i)
    }
    let bodyEnd = max(bodyStart, attachments.first ?? lines.count)
    return DocumentLayout(
      lines: lines, notice: notice, title: titleStart..<titleEnd, body: bodyStart..<bodyEnd,
      attachments: attachments)
  }

  /// Past the web page's header fields and 文号 lines at the top.
  private func endOfFrontMatter(_ squeezed: [String], from start: Int) -> Int {
    var i = start
    while i < squeezed.count, squeezed[i].isEmpty || cues.isHeaderField(squeezed[i]) || Self.isDocNumber(squeezed[i]) {
      i += 1
    }
    return i
  }

  /// A line that names no plan: a header field, 文号, an addressee, a date, an office on its own
  /// above another line.
  private func isFrontMatter(_ squeezed: [String], _ i: Int) -> Bool {
    let line = squeezed[i]
    if cues.isHeaderField(line) || Self.isDocNumber(line) || cues.isAddressee(line) || CalendarDate.isDateLine(line) {
      return true
    }
    guard cues.isOrganisation(line), i + 1 < squeezed.count else { return false }
    let next = squeezed[i + 1]
    return !next.isEmpty && !next.containsFullStop && !cues.isOrganisation(next)
  }

  /// An addressee line (within the first lines) followed by a paragraph handing a plan over:
  /// a cover notice whose title was not kept. Returns the addressee and that paragraph.
  private func addresseeNotice(_ squeezed: [String], from start: Int) -> Range<Int>? {
    let limit = min(squeezed.count, start + 6)
    guard let a = (start..<limit).first(where: { cues.isAddressee(squeezed[$0]) }) else { return nil }
    var end = a + 1
    while end < min(squeezed.count, a + 4) {
      let line = squeezed[end]
      end += 1
      if cues.isTransmission(line) { return a..<end }
    }
    return nil
  }

  /// A line (or two) near the top reading 关于印发《…》的通知 or 关于印发…的通知: returns its
  /// lines and the plan it hands over.
  private func noticeTitle(_ squeezed: [String], from start: Int) -> (Range<Int>, String)? {
    let limit = min(squeezed.count, start + 40)
    var i = start
    while i < limit {
      let line = squeezed[i]
      // A notice title stands on its own short line(s); a paragraph citing one is not a notice.
      if cues.notice.hasOpener(line), cues.notice.hasVerb(line),
        !line.containsFullStop, line.unicodeScalars.count <= 80
      {
        var joined = line
        var end = i + 1
        while cues.noticedPlan(joined) == nil, end < limit, end - i < 3, !squeezed[end].isEmpty {
          joined += squeezed[end]
          end += 1
        }
        if let plan = cues.noticedPlan(joined) {
          return (i..<end, plan)
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
  private func endOfSignature(_ squeezed: [String], from start: Int, orElse fallback: Int? = nil) -> Int {
    for i in start..<min(squeezed.count, start + 40) where CalendarDate.isDateLine(squeezed[i]) {
      var end = i + 1
      while end < squeezed.count, squeezed[end].isEmpty || squeezed[end].opensWithRoundBracket {
        end += 1
      }
      return end
    }
    return fallback ?? start
  }

  private func startsWithLabel(_ text: MappedText, _ line: Range<Int>) -> Bool {
    var i = line.lowerBound
    while i < line.upperBound, ScalarText.isWhitespace(text.scalars[i]) { i += 1 }
    return grammar.label(in: text.scalars, at: i, lineEnd: line.upperBound) != nil
  }

  /// 某政办发〔2021〕9号 on its own line, perhaps in brackets.
  static func isDocNumber(_ squeezed: String) -> Bool {
    var line = Substring(squeezed)
    if line.isInRoundBrackets { line = line.dropFirst().dropLast() }
    return DocumentNumberScanner.isWhole(line)
  }
}
