import Foundation
import PlanLensModel
import PlanLensText

/// The rule tables of the extraction stage, loaded once from the bundled `.tsv` resources.
///
/// Every list a researcher may want to extend lives in a table: units, comparators, kind cues,
/// indicator stop-words, scopes, department aliases, responsibility labels, milestone cues.
public struct ExtractionRules: Sendable {
  /// A comparator cue from `comparators.tsv`.
  struct ComparatorCue: Sendable {
    enum Position: String, Sendable { case before, after, infix }
    var position: Position
    var cue: [Unicode.Scalar]
    var comparator: PlanLensModel.Comparator
    /// The comparator when the value is 100% (达到100% is exact).
    var at100: PlanLensModel.Comparator?
  }

  /// The cues of a `comparators.tsv`-like table, longest first; a row with an unknown position
  /// or sign is a `DataTableError.badRow` naming it.
  static func comparatorCues(table: DataTable) throws -> [ComparatorCue] {
    var comparators: [ComparatorCue] = []
    for (i, row) in table.rows.enumerated() {
      let bad = { (reason: String) in DataTableError.badRow(table: table.name, row: i + 1, reason: reason) }
      guard row.count >= 3, let position = ComparatorCue.Position(rawValue: row[0]) else {
        throw bad("expected position, cue, comparator")
      }
      guard let comparator = PlanLensModel.Comparator(rawValue: row[2]) else {
        throw bad("unknown comparator \(row[2]) (expected >=, >, <=, <, = or ~)")
      }
      var at100: PlanLensModel.Comparator? = nil
      if row.count > 3, !row[3].isEmpty {
        guard let sign = PlanLensModel.Comparator(rawValue: row[3]) else {
          throw bad("unknown comparator at 100% \(row[3]) (expected >=, >, <=, <, = or ~)")
        }
        at100 = sign
      }
      comparators.append(
        ComparatorCue(position: position, cue: Array(row[1].unicodeScalars), comparator: comparator, at100: at100))
    }
    comparators.sort { $0.cue.count > $1.cue.count }
    return comparators
  }

  /// Units (longest first) and what each measures.
  var units: UnitLexicon
  /// Units in Latin letters (EFLOPS, dB, cm3/h).
  var technicalUnits: TechnicalUnitReader
  /// Grants to a beneficiary (对…，给予50万元奖励).
  var grantCues: GrantCues
  var comparators: [ComparatorCue]
  var baselineHeadingCues: [String]
  var baselineCues: [String]
  var standardCues: [String]
  var standardAfterUnitCues: [String]
  var perHeadCues: [String]
  var perPeriodCues: [String]
  var frequencyUnits: Set<String>
  var standardDocTypes: [String]
  var thresholdUnits: [String]
  var thresholdLinks: [String]
  /// Words of a goals statement or section (目标), whose opening deadline frames what follows.
  var goalCues: [String]
  /// What closes a duration that counts as a deadline (三年内, 5年以内).
  var relativeDeadlineCues: [String]
  var standardClauseCues: [String]
  /// What makes a Chinese numeral without a comparator a figure when it closes it (五天以内).
  var countClosers: Set<String>
  /// The time words of an opening frame (截至2023年底).
  var frameTimeWords: [String]
  /// The words of deadlines (deadline-cues.tsv).
  var deadlineCues: DeadlineCues
  /// What joins the ends of a range (dashes, 至, 到).
  var rangeJoiners: RangeJoiners
  /// The weight of each kind feature (kind-weights.tsv).
  var kindWeights: KindWeights
  var genericIndicators: Set<String>
  var anaphoraLeadWords: [String]
  var scopes: [ScopePattern]
  /// Every word the tables name, with what it is, for tagging sentences.
  var lexicon: WordLexicon
  /// Administrative level markers (省, 市, 县 …) of department-levels.tsv.
  var levelMarkers: [String]
  /// Label → role ("lead" / "support").
  var responsibilityLabels: [(label: String, role: String)]
  var phaseCues: [String]
  var reviewCues: [String]
  var departments: DepartmentTable
  /// Ratios, framed Chinese counts, magnitudes and numbers that are not quantities.
  var numberForms: NumberForms

  /// The tables shipped with PlanLens.
  public static func standard() throws -> ExtractionRules {
    let load = { (name: String) in try DataTable.load(name, in: .module) }
    let units = try UnitLexicon(table: load("units.tsv"))

    let comparators = try comparatorCues(table: load("comparators.tsv"))

    let kinds = try load("kind-cues.tsv").rows
    let cues = { (kind: String) in kinds.filter { $0.first == kind && $0.count > 1 }.map { $0[1] } }
    let stops = try load("indicator-stopwords.tsv").rows
    let stopWords = { (edge: String) in
      Set(stops.filter { $0.count > 1 && ($0[0] == edge || $0[0] == "both") }.map { $0[1] })
    }
    let scopeTable = try load("scopes.tsv")
    var scopes: [ScopePattern] = []
    for (i, row) in scopeTable.rows.enumerated() {
      guard row.count >= 2, let kind = ScopePattern.Kind(rawValue: row[0]) else {
        throw DataTableError.badRow(
          table: scopeTable.name, row: i + 1, reason: "expected kind (place or rate), pattern")
      }
      scopes.append(
        ScopePattern(
          kind: kind, regex: try RegexBox(validating: "^(?:" + row[1] + ")", table: scopeTable.name, row: i + 1)))
    }
    let labels = try load("responsibility-labels.tsv").rows.filter { $0.count > 1 }.map { (label: $0[1], role: $0[0]) }
      .sorted { $0.label.count > $1.label.count }
    let milestones = try load("milestone-cues.tsv").rows
    let departments = try DepartmentTable(table: load("departments.tsv"))
    let lexicon = try WordLexicon.standard(
      stopWords: stops, departments: departments, roles: load("responsibility-cues.tsv").rows,
      labels: labels.map(\.label), comparators: comparators.map { String(String.UnicodeScalarView($0.cue)) })
    var grantCues = try GrantCues(table: load("grant-cues.tsv"))
    grantCues.modifierParticles = lexicon.modifierParticles
    grantCues.examplesClosers = lexicon.examplesClosers
    return ExtractionRules(
      units: units, technicalUnits: try TechnicalUnitReader(table: load("technical-units.tsv")),
      grantCues: grantCues, comparators: comparators,
      baselineHeadingCues: cues("baselineHeading"),
      baselineCues: cues("baseline"), standardCues: cues("standard"), standardAfterUnitCues: cues("afterUnit"),
      perHeadCues: cues("perHead"), perPeriodCues: cues("perPeriod"), frequencyUnits: Set(cues("frequencyUnit")),
      standardDocTypes: cues("standardDocType"), thresholdUnits: cues("thresholdUnit"),
      thresholdLinks: cues("thresholdLink"), goalCues: cues("goal"),
      relativeDeadlineCues: cues("relativeDeadline"), standardClauseCues: cues("standardClause"),
      countClosers: Set(cues("countCloser")), frameTimeWords: cues("frameTime"),
      deadlineCues: try DeadlineCues(table: load("deadline-cues.tsv")), rangeJoiners: try RangeJoiners.standard(),
      kindWeights: try KindWeights(table: load("kind-weights.tsv")),
      genericIndicators: stopWords("generic"), anaphoraLeadWords: Array(stopWords("anaphoraLead")), scopes: scopes,
      lexicon: lexicon, levelMarkers: try DepartmentLevels.standard().markers.map(\.marker),
      responsibilityLabels: labels,
      phaseCues: milestones.filter { $0.first == "phase" && $0.count > 1 }.map { $0[1] },
      reviewCues: milestones.filter { $0.first == "review" && $0.count > 1 }.map { $0[1] },
      departments: departments, numberForms: try NumberForms.standard())
  }
}
