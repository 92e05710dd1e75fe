import Foundation
import PlanLensText

/// The cue words of milestones, read from `milestone-cues.tsv`: phase and review words, the
/// words that frame a dated step (于…前, 自…起), and the parts of a year or month a date may name.
struct MilestoneCues: Sendable {
  /// A word opening a date that ends (`by`) or starts (`from`) a step.
  struct Opener: Sendable {
    var cue: [Unicode.Scalar]
    var startsStep: Bool
    /// Only with an end word or a closing 前 (到…年底): the bare year is a goal's deadline.
    var needsMarker: Bool
  }

  /// A named part of a year (上半年, 秋季学期) or month (上旬), as (month, day) bounds.
  struct Part: Sendable {
    var cue: [Unicode.Scalar]
    var start: (month: Int, day: Int)?
    var end: (month: Int, day: Int)?
  }

  var phases: [String] = []
  var reviews: [String] = []
  var openers: [Opener] = []
  var byClosers: [[Unicode.Scalar]] = []
  /// Whether a date right after its subject, with no frame word (各县区2031年9月底前完成验收),
  /// frames a step when a closing 前 ends it.
  var subjectFrames = false
  var fromClosers: [[Unicode.Scalar]] = []
  var yearParts: [Part] = []
  /// Parts of a month; the bounds' month is unused (0).
  var monthParts: [Part] = []
  var unitEnds: [[Unicode.Scalar]] = []
  var skips: [String] = []
  /// Words ending in a frame word (关于, 达到): there the frame word frames nothing.
  var words: [[Unicode.Scalar]] = []

  /// The cues shipped with PlanLens.
  static func standard() throws -> MilestoneCues {
    try MilestoneCues(table: table())
  }

  /// The shipped table itself, with its examples (for tests that fire each row).
  static func table() throws -> DataTable {
    try DataTable.load("milestone-cues.tsv", in: .module)
  }

  init(table: DataTable) throws {
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and cue")
      }
      let cue = Array(row[1].unicodeScalars)
      let value = { (k: Int) in row.count > k ? row[k] : "" }
      switch row[0] {
      case "phase": phases.append(row[1])
      case "review": reviews.append(row[1])
      case "by": openers.append(Opener(cue: cue, startsStep: false, needsMarker: value(2) == "marker"))
      case "from": openers.append(Opener(cue: cue, startsStep: true, needsMarker: false))
      case "close-by": byClosers.append(cue)
      case "after-subject": subjectFrames = true
      case "close-from": fromClosers.append(cue)
      case "part":
        yearParts.append(Part(cue: cue, start: Self.monthDay(value(2)), end: Self.monthDay(value(3))))
      case "month-part":
        guard let first = Int(value(2)), let last = Int(value(3)) else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected first and last day")
        }
        monthParts.append(Part(cue: cue, start: (0, first), end: (0, last)))
      case "unit-end": unitEnds.append(cue)
      case "skip": skips.append(row[1])
      case "word": words.append(cue)
      default:
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    // Longest cue first, so 第一季度 wins over 一季度 and 以前 over 前.
    openers.sort { $0.cue.count > $1.cue.count }
    for list in [\MilestoneCues.byClosers, \.fromClosers, \.unitEnds] {
      self[keyPath: list].sort { $0.count > $1.count }
    }
    yearParts.sort { $0.cue.count > $1.cue.count }
  }

  /// "09-01" → (9, 1).
  private static func monthDay(_ text: String) -> (month: Int, day: Int)? {
    let parts = text.split(separator: "-")
    guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
    return (m, d)
  }
}
