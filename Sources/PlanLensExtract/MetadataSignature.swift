import PlanLensText

/// Where a document is signed: an office's name and a date closing a notice or a plan
/// (某某市人民政府办公室 / 2021年8月31日, or one line 某某办公厅 2019年1月3日印发).
struct MetadataSignature: Sendable {
  var issuer: String?
  var date: String?
  /// The line ends in 印发: the printing office's line, weaker than a signature.
  var printed = false

  /// The last signature among `lines` (squeezed, in order).
  static func last(in lines: [String], cues: MetadataCues) -> MetadataSignature? {
    for (i, line) in lines.enumerated().reversed() {
      guard let (head, iso, printed) = dateLine(line, cues: cues) else { continue }
      var issuer: String? = nil
      if !head.isEmpty {
        issuer = MetadataSignature.isOrganisationName(head, suffixes: cues.issuerSuffixes) ? head : nil
        if issuer == nil { continue }
      } else if i > 0, isOrganisationName(lines[i - 1], suffixes: cues.issuerSuffixes) {
        issuer = lines[i - 1]
      }
      return MetadataSignature(issuer: issuer, date: iso, printed: printed)
    }
    return nil
  }

  /// A line ending in one full date (perhaps then 印发): what stands before it, the ISO date, and
  /// whether 印发 closed it.
  static func dateLine(_ line: String, cues: MetadataCues) -> (String, String, Bool)? {
    var text = line
    var printed = false
    if let marker = cues.printedMarkers.first(where: line.hasSuffix) {
      text = String(line.dropLast(marker.count))
      printed = true
    }
    let dates = DateExpression.all(in: text)
    guard dates.count == 1, let d = dates.first, let iso = d.iso, d.range.upperBound == text.unicodeScalars.count
    else { return nil }
    var head = String.UnicodeScalarView()
    head.append(contentsOf: text.unicodeScalars.prefix(d.range.lowerBound))
    return (String(head), iso, printed)
  }

  static func isOrganisationName(_ line: String, suffixes: [String]) -> Bool {
    guard suffixes.contains(where: line.hasSuffix), line.unicodeScalars.count >= 2, line.unicodeScalars.count <= 30
    else { return false }
    return !line.unicodeScalars.contains { Punctuation.phraseMarks.contains($0) || ($0.properties.numericType != nil) }
  }
}
