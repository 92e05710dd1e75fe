import Foundation
import PlanLensModel
import PlanLensText

/// The cue lists of `metadata-cues.tsv`.
struct MetadataCues: Sendable {
  /// A web page's header field and what it fills.
  enum HeaderField: String, Sendable {
    case docNumber, issuer, issueDate, published, title, none
  }

  var draftMarkers: [String] = []
  /// Longest first: the closing words and the kind recorded for them.
  var docTypes: [(text: String, kind: String)] = []
  var selfTypes: [String] = []
  var fixedTypes: [(text: String, kind: String)] = []
  var planPeriods: [(name: String, start: Int, end: Int)] = []
  var periodCues: [String] = []
  /// Kinds whose plan without a printed period runs for its issue year.
  var yearlyKinds: [String] = []
  var selfReferences: [(text: String, level: AdministrativeLevel)] = []
  var issuerSuffixes: [String] = []
  var nationalIssuers: [String] = []
  var nationalIssuerSuffixes: [String] = []
  /// Words opening a local office's name that names no place (省委宣传部, 市委组织部).
  var localIssuerPrefixes: [String] = []
  var divisionEndings: [String] = []
  var headerFields: [(label: String, field: HeaderField)] = []
  var printedMarkers: [String] = []
  /// The cues of a cover notice's title (notice-cues.tsv, shared with the partitioner).
  var notice = NoticeTitle.shared
  /// The example of each row, with its kind, for the tests.
  var examples: [(kind: String, text: String, example: String?)] = []

  static func standard() throws -> MetadataCues {
    try MetadataCues(table: DataTable.load("metadata-cues.tsv", in: .module))
  }

  init() {}

  init(table: DataTable) throws {
    for (i, row) in table.rows.enumerated() {
      let bad = { (reason: String) in DataTableError.badRow(table: table.name, row: i + 1, reason: reason) }
      guard row.count >= 2, !row[1].isEmpty else { throw bad("expected kind and text") }
      let text = row[1]
      let value = row.count >= 3 && !row[2].isEmpty ? row[2] : nil
      switch row[0] {
      case "draft": draftMarkers.append(text)
      case "docType": docTypes.append((text, value ?? text))
      case "selfType": selfTypes.append(text)
      case "fixedType":
        guard let value else { throw bad("fixedType needs a kind") }
        fixedTypes.append((text, value))
      case "planPeriod":
        guard row.count >= 4, let s = Int(row[2]), let e = Int(row[3]) else {
          throw bad("planPeriod needs start and end years")
        }
        planPeriods.append((text, s, e))
      case "periodCue": periodCues.append(text)
      case "yearlyKind": yearlyKinds.append(text)
      case "selfReference":
        guard let level = value.flatMap(AdministrativeLevel.init(rawValue:)) else {
          throw bad("selfReference needs a level (national, province, city, county or town)")
        }
        selfReferences.append((text, level))
      case "issuerSuffix": issuerSuffixes.append(text)
      case "nationalIssuer": nationalIssuers.append(text)
      case "nationalIssuerSuffix": nationalIssuerSuffixes.append(text)
      case "localIssuerPrefix": localIssuerPrefixes.append(text)
      case "divisionEnding": divisionEndings.append(text)
      case "headerField":
        guard let field = value.flatMap(HeaderField.init(rawValue:)) else { throw bad("headerField needs a field") }
        headerFields.append((text, field))
      case "printed": printedMarkers.append(text)
      default: throw bad("unknown kind \(row[0])")
      }
      examples.append((row[0], text, table.examples[i]))
    }
    docTypes.sort { $0.text.count > $1.text.count }
    issuerSuffixes.sort { $0.count > $1.count }
    headerFields.sort { $0.label.count > $1.label.count }
  }
}
