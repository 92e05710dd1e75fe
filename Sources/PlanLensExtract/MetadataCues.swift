import Foundation
import PlanLensText

/// The cue lists of `metadata-cues.tsv`.
struct MetadataCues: Sendable {
  var draftMarkers: [String] = []
  /// Longest first.
  var docTypes: [String] = []
  var planPeriods: [(name: String, start: Int, end: Int)] = []
  var selfReferences: [(text: String, level: String)] = []
  var issuerSuffixes: [String] = []

  static func standard() throws -> MetadataCues {
    let table = try DataTable.load("metadata-cues.tsv", in: .module)
    var cues = MetadataCues()
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2 else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and text")
      }
      switch row[0] {
      case "draft": cues.draftMarkers.append(row[1])
      case "docType": cues.docTypes.append(row[1])
      case "planPeriod":
        guard row.count >= 4, let s = Int(row[2]), let e = Int(row[3]) else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "planPeriod needs start and end years")
        }
        cues.planPeriods.append((row[1], s, e))
      case "selfReference":
        guard row.count >= 3 else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "selfReference needs a level")
        }
        cues.selfReferences.append((row[1], row[2]))
      case "issuerSuffix": cues.issuerSuffixes.append(row[1])
      default:
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    cues.docTypes.sort { $0.count > $1.count }
    cues.issuerSuffixes.sort { $0.count > $1.count }
    return cues
  }
}
