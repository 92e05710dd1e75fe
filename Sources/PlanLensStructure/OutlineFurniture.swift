import Foundation
import PlanLensText

/// Lines that look like headings but are not: table-of-contents entries (目录 … 一、总体要求……1)
/// and inset boxes (专栏1 …). Read from `outline-furniture.tsv`.
public struct OutlineFurniture: Sendable {
  /// Words that title a table of contents (目录), spaces removed.
  public var tocTitles: Set<String>
  /// Leader characters of contents entries, with the shortest run that counts as a leader.
  public var leaders: [Unicode.Scalar: Int]
  /// Words that open an inset box (专栏).
  public var boxCues: [String]

  public init(tocTitles: Set<String>, leaders: [Unicode.Scalar: Int], boxCues: [String]) {
    self.tocTitles = tocTitles
    self.leaders = leaders
    self.boxCues = boxCues
  }

  /// No furniture: every line may be a heading.
  public static let none = OutlineFurniture(tocTitles: [], leaders: [:], boxCues: [])

  /// The furniture shipped with PlanLens.
  public static func standard() throws -> OutlineFurniture {
    try OutlineFurniture(table: table())
  }

  /// The shipped table itself, with its examples (for tests that fire each row).
  static func table() throws -> DataTable {
    try DataTable.load("outline-furniture.tsv", in: .module)
  }

  /// Reads the rows of `table` (kind, cue, extra).
  public init(table: DataTable) throws {
    var furniture = OutlineFurniture.none
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and cue")
      }
      switch row[0] {
      case "toc-title":
        furniture.tocTitles.insert(row[1].squeezed)
      case "leader":
        guard let scalar = row[1].unicodeScalars.first, row[1].unicodeScalars.count == 1,
          let run = Int(row.count > 2 ? row[2] : ""), run > 0
        else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected one character and a run length")
        }
        furniture.leaders[scalar] = run
      case "box":
        furniture.boxCues.append(row[1])
      default:
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    self = furniture
  }
}
