import PlanLensText

/// The words of `responsibility-cues.tsv` and `responsibility-labels.tsv`, NFKC-normalised to
/// scalars so they match `DocumentText.normalized`. Lists of words are longest first.
struct ResponsibilityCues: Sendable {
  typealias Word = [Unicode.Scalar]

  /// Opening scalar → closing scalar of the brackets that may hold a responsibility.
  var brackets: [Unicode.Scalar: Unicode.Scalar] = [:]
  /// The closing scalars of `brackets`, for nesting.
  var closers: ScalarSet = []
  var labels: [(word: Word, role: ResponsibilityRole)] = []
  var verbs: [(word: Word, role: ResponsibilityRole)] = []
  var manners: [Word] = []
  var firstListed: [Word] = []
  var notes: [Word] = []
  var leadIns: [Word] = []
  var joins: [Word] = []
  var planSubjects: [Word] = []
  var groupTails: [Word] = []
  var falseVerbs: [Word] = []
  var nameBreaks: [Word] = []
  var closingSections: [String] = []

  /// Clause breaks inside a bracket or sentence (after NFKC: ， → , and ； → ;).
  static let clauseBreaks = Punctuation.sentenceEnds.union(Punctuation.pauses).union(Punctuation.lineBreaks)
  /// The break between the units of one list.
  static let unitBreak = Punctuation.listSeparator

  /// - Parameters:
  ///   - labels: (label, role) rows of `responsibility-labels.tsv`.
  ///   - table: `responsibility-cues.tsv`.
  init(labels: [(label: String, role: String)], table: DataTable) throws {
    let normalizer = UnicodeNormalizer()
    let word = { (text: String) in Array(try normalizer.nfkc(text).unicodeScalars) }
    for (label, role) in labels {
      guard let r = ResponsibilityRole(rawValue: role) else {
        throw DataTableError.badRow(table: "responsibility-labels.tsv", row: 0, reason: "unknown role \(role)")
      }
      self.labels.append((try word(label), r))
    }
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and word")
      }
      let w = try word(row[1])
      let third = row.count > 2 ? row[2] : ""
      switch row[0] {
      case "bracket":
        let close = try word(third)
        guard let open = w.first, w.count == 1, let closing = close.first, close.count == 1 else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected one opening and closing scalar")
        }
        brackets[open] = closing
        closers.insert(closing)
      case "verb":
        guard let role = ResponsibilityRole(rawValue: third) else {
          throw DataTableError.badRow(table: table.name, row: i + 1, reason: "verb needs lead, support or duty")
        }
        verbs.append((w, role))
      case "manner": manners.append(w)
      case "firstListed": firstListed.append(w)
      case "note": notes.append(w)
      case "leadIn": leadIns.append(w)
      case "join": joins.append(w)
      case "planSubject": planSubjects.append(w)
      case "groupTail": groupTails.append(w)
      case "falseVerb": falseVerbs.append(w)
      case "nameBreak": nameBreaks.append(w)
      case "closingSection": closingSections.append(row[1])
      default:
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
    self.labels.sort { $0.word.count > $1.word.count }
    verbs.sort { $0.word.count > $1.word.count }
    for keyPath in [
      \ResponsibilityCues.manners, \.firstListed, \.notes, \.leadIns, \.joins, \.planSubjects, \.groupTails,
      \.falseVerbs, \.nameBreaks,
    ] {
      self[keyPath: keyPath].sort { $0.count > $1.count }
    }
  }

  /// The cues shipped with PlanLens, with the labels of `ExtractionRules`.
  static func standard(labels: [(label: String, role: String)]) throws -> ResponsibilityCues {
    try ResponsibilityCues(labels: labels, table: DataTable.load("responsibility-cues.tsv", in: .module))
  }

}
