import Foundation
import PlanLensModel
import PlanLensText

/// Reads a plan's metadata: title, jurisdiction, level, type, status, issuer, document number,
/// issue date and period, from every place they are printed: a web page's header fields, the
/// cover notice, the title block, the body and its closing signature or 印发 line.
///
/// Cue words come from `metadata-cues.tsv`; places from the administrative-division table.
public struct MetadataExtractor: Sendable {
  let cues: MetadataCues
  let divisions: AdministrativeDivisions
  let jurisdictions: JurisdictionResolver
  let titles: TitleReader
  let periods: MetadataPeriod

  public init() throws {
    cues = try MetadataCues.standard()
    divisions = try AdministrativeDivisions.standard()
    jurisdictions = JurisdictionResolver(divisions: divisions, cues: cues)
    titles = TitleReader(cues: cues)
    periods = MetadataPeriod(cues: cues)
  }

  /// `source` is the text before cleaning, whose foot keeps the 印发 line the cleaner drops.
  public func extract(from text: MappedText, outline: DocumentOutline, source: String? = nil) throws -> DocumentMeta {
    let part = { (span: Span?) -> String in
      guard let span else { return "" }
      return text.slice(text.range(ofSource: span.range))
    }
    let notice = part(outline.notice)
    // The body as far as metadata reads it: a plan names its place, level and period long
    // before this; a longer file is many documents run together, whose first one speaks.
    let bodyRange = outline.body.map { text.range(ofSource: $0.range) } ?? 0..<0
    let body = text.slice(bodyRange.lowerBound..<min(bodyRange.upperBound, bodyRange.lowerBound + Self.bodyScanLength))
    // Only the lines metadata can stand on are cut out: the first ones, the last ones.
    let allLines = Self.firstLines(of: text, Self.headerLineCount)
    let noticeLines = Self.lines(notice)
    let header = MetadataHeaderFields(lines: allLines, cues: cues)

    var meta = DocumentMeta()
    let block = part(outline.titleBlock).squeezed
    let noticePlan = notice.squeezed.bracketedTitle ?? unwrappedNoticeTitle(noticeLines)
    let headerTitle = header[.title]
    meta.status =
      cues.draftMarkers.contains { block.contains($0) || notice.contains($0) || (headerTitle ?? "").contains($0) }
      ? .draft : .final
    let kinds = cues.notice.kinds + cues.docTypes.map(\.text)
    let number = DocumentNumberReader.trailing(block, kinds: kinds)
    let bare = number.map { String(block.dropLast($0.count)) } ?? block
    let title = titles.title(block: bare, header: headerTitle, noticePlan: noticePlan)
    meta.title = title
    meta.docType = title.flatMap(titles.docType(of:)) ?? titles.selfType(in: String(body.prefix(4000)))

    let bodyFoot = text.slice(
      max(bodyRange.lowerBound, bodyRange.upperBound - Self.closingLength)..<bodyRange.upperBound)
    let tailLines = Self.lastLines(of: bodyFoot, Self.signatureLineCount)
    let closing =
      source.map { String($0.suffix(Self.closingLength)) }
      ?? text.slice(max(0, text.count - Self.closingLength)..<text.count)
    let closingLines = Self.lastLines(of: closing, Self.closingLineCount)
    let noticeSignature = MetadataSignature.last(in: noticeLines, cues: cues)
    let bodySignature = MetadataSignature.last(in: tailLines, cues: cues).flatMap { $0.printed ? nil : $0 }
    let printedLine = MetadataSignature.last(in: closingLines, cues: cues).flatMap { $0.printed ? $0 : nil }
    meta.issuer =
      header[.issuer] ?? standingIssuer(in: noticeLines) ?? noticeTitleIssuer(
        in: noticeLines + [bare, headerTitle ?? ""])
      ?? noticeSignature?.issuer ?? bodySignature?.issuer ?? printedLine?.issuer
    meta.docNumber = docNumber(header: header, notice: noticeLines, top: Array(allLines.prefix(6)), tail: closingLines)
    meta.issueDate =
      header[.issueDate].flatMap(MetadataHeaderFields.isoDate) ?? noticeSignature?.date ?? bodySignature?.date
      ?? printedLine?.date ?? header[.published].flatMap(MetadataHeaderFields.isoDate)

    let place = jurisdictions.resolve(title: title ?? "", issuer: meta.issuer, notice: notice, body: body)
    meta.jurisdiction = place.jurisdiction
    meta.level = place.level
    meta.period = periods.period(title: title ?? "", body: body, issueDate: meta.issueDate, docType: meta.docType)
    return meta
  }

  /// The plan a notice title of one to three lines hands over (关于印发X的通知 → X).
  private func unwrappedNoticeTitle(_ lines: [String]) -> String? {
    for i in lines.indices {
      var joined = ""
      for line in lines[i..<min(lines.count, i + 3)] {
        joined += line
        let plan = titles.unwrapped(joined)
        if plan != joined { return plan }
      }
    }
    return nil
  }

  // MARK: - Issuer and number

  /// An office's name standing on its own line of the notice.
  private func standingIssuer(in lines: [String]) -> String? {
    lines.first {
      !cues.notice.hasOpener($0) && MetadataSignature.isOrganisationName($0, suffixes: cues.issuerSuffixes)
    }
  }

  /// The office opening a title: 某某市人民政府办公室关于印发…的通知, 某某省人民政府关于…的意见.
  private func noticeTitleIssuer(in lines: [String]) -> String? {
    for line in lines {
      let kinds = cues.notice.kinds + cues.docTypes.map(\.text)
      guard let head = cues.notice.issuerPart(of: line), kinds.contains(where: line.hasSuffix) else { continue }
      if MetadataSignature.isOrganisationName(head, suffixes: cues.issuerSuffixes) { return head }
    }
    return nil
  }

  private func docNumber(header: MetadataHeaderFields, notice: [String], top: [String], tail: [String]) -> String? {
    if let value = header[.docNumber], let n = DocumentNumberReader.inValue(value) { return n }
    let kinds = cues.notice.kinds + cues.docTypes.map(\.text)
    for line in notice + top {
      if let n = DocumentNumberReader.standalone(line) ?? DocumentNumberReader.trailing(line, kinds: kinds) {
        return n
      }
    }
    return tail.lazy.compactMap(DocumentNumberReader.standalone).first
  }

  // MARK: - Helpers

  /// Non-empty lines without whitespace.
  static func lines(_ s: String) -> [String] {
    s.split(whereSeparator: \.isNewline).map { String($0).squeezed }.filter { !$0.isEmpty }
  }

  /// Scalars of the body that metadata reads at most (some 100 pages of a plan).
  static let bodyScanLength = 200_000
  /// Lines at the top where a web page's header fields stand.
  static let headerLineCount = 40
  /// Lines at the foot of the body where its signature stands.
  static let signatureLineCount = 8
  /// Characters at the foot of the source where the 印发 line stands, and its lines read.
  static let closingLength = 1500
  static let closingLineCount = 12

  /// Scalars of a top line that metadata reads: a header field, a document number or a title
  /// line is far shorter, so a longer line is prose (or a whole file on one line) and only its
  /// opening is kept.
  static let headerLineLength = 500

  /// The first `count` non-empty lines of `text`, squeezed, read no further than they reach.
  static func firstLines(of text: MappedText, _ count: Int) -> [String] {
    var out: [String] = []
    var start = 0
    var i = 0
    while i <= text.count, out.count < count {
      if i == text.count || ScalarText.isNewline(text.scalars[i]) {
        let line = text.slice(start..<min(i, start + Self.headerLineLength)).squeezed
        if !line.isEmpty { out.append(line) }
        start = i + 1
      }
      i += 1
    }
    return out
  }

  /// The last `count` non-empty lines of `text`, squeezed, in order, read from the end.
  static func lastLines(of text: String, _ count: Int) -> [String] {
    var out: [String] = []
    var end = text.endIndex
    while out.count < count, end > text.startIndex {
      let start = text[..<end].lastIndex(where: \.isNewline).map { text.index(after: $0) } ?? text.startIndex
      let line = String(text[start..<end]).squeezed
      if !line.isEmpty { out.append(line) }
      end = start > text.startIndex ? text.index(before: start) : text.startIndex
    }
    return out.reversed()
  }
}
