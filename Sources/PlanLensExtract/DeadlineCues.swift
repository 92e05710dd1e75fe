import PlanLensText

/// The words of deadlines from `deadline-cues.tsv`: what opens one (到), what closes a year, a
/// half-year or a month (年底前, 上半年, 月底), what makes a date a start instead (起, 以后), the
/// document-year forms (年底前, 年内) and the plan-period forms (“十四五”期间, 规划期末).
/// Each kind's words are tried longest first.
struct DeadlineCues: Sendable {
  static let kinds = [
    "lead", "yearEnd", "firstHalf", "secondHalf", "monthEnd", "before", "startsAfter", "yearlessEnd",
    "yearlessWithin", "yearWord", "periodTail", "planPeriodEnd", "pastFrame",
  ]

  private var words: [String: [[Unicode.Scalar]]] = [:]
  /// Characters that make a following 年 part of another word (每年, 当年).
  let yearWords: ScalarSet

  init(table: DataTable) throws {
    let byKind = try table.wordsByKind(Set(Self.kinds))
    words = byKind
    yearWords = ScalarSet((byKind["yearWord"] ?? []).compactMap { $0.count == 1 ? $0.first : nil })
  }

  /// The shipped table.
  static func standard() throws -> DeadlineCues {
    try DeadlineCues(table: table())
  }

  static func table() throws -> DataTable { try DataTable.load("deadline-cues.tsv", in: .module) }

  /// The words of `kind`, longest first.
  func words(_ kind: String) -> [[Unicode.Scalar]] { words[kind] ?? [] }

  /// The length of the longest word of `kind` printed at `i` (before `end`).
  func match(_ kind: String, _ s: TextScalars, at i: Int, end: Int) -> Int? {
    words(kind).first { ScalarText.hasPrefix($0, in: s, at: i, end: end) }?.count
  }
}
