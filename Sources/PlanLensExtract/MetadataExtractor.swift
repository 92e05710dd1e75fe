import Foundation
import PlanLensModel
import PlanLensText

/// Reads a plan's metadata: title, jurisdiction, level, type, status, issuer, document number,
/// issue date and period, from its title block, cover notice and body.
///
/// Cue words come from `metadata-cues.tsv`; places from the administrative-division table.
public struct MetadataExtractor: Sendable {
  let cues: MetadataCues
  let divisions: AdministrativeDivisions
  let jurisdictions: JurisdictionResolver

  public init() throws {
    cues = try MetadataCues.standard()
    divisions = try AdministrativeDivisions.standard()
    jurisdictions = JurisdictionResolver(divisions: divisions, cues: cues)
  }

  public func extract(from text: MappedText, outline: DocumentOutline) throws -> DocumentMeta {
    let part = { (span: Span?) -> String in
      guard let span else { return "" }
      return text.slice(text.range(ofSource: span.range))
    }
    let titleBlock = part(outline.titleBlock)
    let notice = part(outline.notice)
    let body = part(outline.body)
    let noticeTitle = Self.bracketed(Self.squeezed(notice))

    var meta = DocumentMeta()
    let rawTitle = Self.squeezed(titleBlock).isEmpty ? (noticeTitle ?? "") : Self.squeezed(titleBlock)
    meta.status = (cues.draftMarkers.contains { rawTitle.contains($0) || notice.contains($0) }) ? "draft" : "final"
    let title = stripDraftMarkers(rawTitle)
    meta.title = title.isEmpty ? nil : title
    meta.docType = docType(of: title)

    let noticeLines = notice.split(whereSeparator: \.isNewline).map { Self.squeezed(String($0)) }
    let tailLines = body.split(whereSeparator: \.isNewline).suffix(6).map { Self.squeezed(String($0)) }
    meta.issuer = issuer(in: noticeLines) ?? signatureIssuer(in: tailLines)
    meta.docNumber = noticeLines.first(where: Self.isDocNumber)
    let dateLine = noticeLines.first(where: Self.isDateLine) ?? tailLines.last(where: Self.isDateLine)
    meta.issueDate = dateLine.flatMap { DateExpression.all(in: $0).first?.iso }

    let place = jurisdictions.resolve(title: title, issuer: meta.issuer, notice: notice, body: body)
    meta.jurisdiction = place.jurisdiction
    meta.level = place.level
    meta.period = period(title: title, body: body, issueDate: meta.issueDate)
    return meta
  }

  // MARK: - Title and type

  private func stripDraftMarkers(_ title: String) -> String {
    var t = title.replacingOccurrences(of: "《", with: "").replacingOccurrences(of: "》", with: "")
    for marker in cues.draftMarkers {
      for (open, close) in [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")] {
        t = t.replacingOccurrences(of: open + marker + close, with: "")
      }
    }
    return t
  }

  /// The title's kind: its closing words, ignoring a trailing （2024—2026年） or similar.
  private func docType(of title: String) -> String? {
    var t = title
    while let last = t.last, last == "）" || last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) {
      t = String(t[..<open])
    }
    return cues.docTypes.first { t.hasSuffix($0) }
  }

  // MARK: - Issuer, number, date

  /// The issuing office: a short line of the notice that is only an office's name.
  private func issuer(in lines: [String]) -> String? {
    lines.first { line in
      line.unicodeScalars.count <= 30 && !line.contains("关于")
        && Self.isOrganisationName(line, suffixes: cues.issuerSuffixes)
    }
  }

  /// An office's name standing just above the closing date of a plan without a cover notice.
  private func signatureIssuer(in lines: [String]) -> String? {
    guard let dateIndex = lines.lastIndex(where: Self.isDateLine), dateIndex > 0 else { return nil }
    let line = lines[dateIndex - 1]
    return line.unicodeScalars.count <= 30 && Self.isOrganisationName(line, suffixes: cues.issuerSuffixes) ? line : nil
  }

  static func isOrganisationName(_ line: String, suffixes: [String]) -> Bool {
    guard suffixes.contains(where: line.hasSuffix), line.unicodeScalars.count >= 3 else { return false }
    let forbidden: Set<Unicode.Scalar> = ["，", ",", "。", "：", ":", "；", "、", "《", "》"]
    return !line.unicodeScalars.contains { forbidden.contains($0) || ($0.properties.numericType != nil) }
  }

  /// 泰山政办发〔2021〕9号 standing on its own line.
  static func isDocNumber(_ line: String) -> Bool {
    docNumberPattern.regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
  }

  private static let docNumberPattern = RegexBox(
    #"^[\p{Han}]{1,16}[〔\[【(（][0-9０-９]{4}[〕\]】)）]\s*[0-9０-９]{1,4}\s*号$"#)

  static func isDateLine(_ line: String) -> Bool {
    let dates = DateExpression.all(in: line)
    guard dates.count == 1, let d = dates.first, d.day != nil else { return false }
    // The date is the whole line, or the end of a signature line (…办公室 2021年8月31日).
    return d.range.upperBound == line.unicodeScalars.count
  }

  // MARK: - Period

  private func period(title: String, body: String, issueDate: String?) -> Period {
    if let p = cues.planPeriods.first(where: { title.contains($0.name) }) {
      return Period(start: p.start, end: p.end)
    }
    if let range = Self.yearRange(in: title) { return range }
    let head = String(body.prefix(3000))
    if let range = Self.yearRange(in: head) { return range }
    // 到2025年 / 2025年年底前 as the horizon of the plan.
    let horizons = Self.horizonPattern.regex.matches(
      in: body, range: NSRange(location: 0, length: (body as NSString).length)
    )
    .compactMap { m -> Int? in
      let ns = body as NSString
      return Self.integer(ns.substring(with: m.range(at: 1)))
    }
    let issueYear = issueDate.flatMap { Int($0.prefix(4)) }
    if let end = horizons.filter({ y in issueYear.map { y >= $0 } ?? true }).max() {
      return Period(start: nil, end: end)
    }
    if let year = issueYear { return Period(start: year, end: year) }
    return Period()
  }

  private static let horizonPattern = RegexBox(#"(?:到|至|在)\s*([0-9０-９]{4})\s*年"#)
  private static let yearRangePattern = RegexBox(
    #"([0-9０-９]{4})\s*年?\s*(?:—|－|-|–|~|～|至|到)+\s*([0-9０-９]{4})\s*年"#)

  /// （2024—2026年） and 2024年至2026年.
  static func yearRange(in text: String) -> Period? {
    let ns = text as NSString
    guard let m = yearRangePattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else {
      return nil
    }
    let year = { (i: Int) in Self.integer(ns.substring(with: m.range(at: i))) }
    guard let s = year(1), let e = year(2), s <= e, e - s <= 15 else { return nil }
    return Period(start: s, end: e)
  }

  // MARK: - Helpers

  /// The value of half- or full-width digits.
  static func integer(_ s: String) -> Int? {
    var value = 0
    for u in s.unicodeScalars {
      switch u.value {
      case 0x30...0x39: value = value * 10 + Int(u.value - 0x30)
      case 0xFF10...0xFF19: value = value * 10 + Int(u.value - 0xFF10)
      default: return nil
      }
    }
    return s.isEmpty ? nil : value
  }

  static func squeezed(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  static func bracketed(_ s: String) -> String? {
    guard let open = s.firstIndex(of: "《"), let close = s[open...].lastIndex(of: "》") else { return nil }
    let inner = s[s.index(after: open)..<close]
    return inner.isEmpty ? nil : String(inner)
  }
}

/// A compiled regular expression shared between threads (NSRegularExpression is immutable).
struct RegexBox: @unchecked Sendable {
  let regex: NSRegularExpression
  /// `pattern` must be a literal of this module (checked by the tests), never input.
  init(_ pattern: String) {
    // swift-format-ignore: NeverUseForceTry
    regex = try! NSRegularExpression(pattern: pattern)
  }
}
