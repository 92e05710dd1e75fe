import PlanLensText

/// A web page's header fields (文号：…, 发布日期：…, 发文机关：…) among a document's first lines.
struct MetadataHeaderFields: Sendable {
  private(set) var values: [MetadataCues.HeaderField: String] = [:]

  /// Reads `lines` (squeezed); the first value of each field wins.
  init(lines: [String], cues: MetadataCues) {
    for line in lines {
      guard let (field, value) = Self.field(line, cues: cues), !value.isEmpty, values[field] == nil else { continue }
      values[field] = value
    }
  }

  subscript(field: MetadataCues.HeaderField) -> String? { values[field] }

  /// The field a line fills and its value: 发布日期：2020-05-06 → (published, 2020-05-06).
  static func field(_ line: String, cues: MetadataCues) -> (MetadataCues.HeaderField, String)? {
    guard let colon = line.firstIndex(where: Punctuation.isColon) else { return nil }
    let label = line[..<colon]
    guard label.count <= 8, let cue = cues.headerFields.first(where: { label.hasSuffix($0.label) }) else {
      return nil
    }
    return (cue.field, String(line[line.index(after: colon)...]))
  }

  /// 2020-05-06, 2020/5/6, 2020.05.06 or 2020年5月6日 → "2020-05-06".
  static func isoDate(_ value: String) -> String? {
    if let d = DateExpression.all(in: value).first, let iso = d.iso { return iso }
    let parts = value.split(whereSeparator: { "-/.".contains($0) }).prefix(3).map {
      $0.prefix { $0.isASCII && $0.isNumber }
    }
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return "\(y)-\(pad(m))-\(pad(d))"
  }
}
