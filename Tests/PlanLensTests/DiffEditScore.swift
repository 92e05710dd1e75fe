import PlanLensDiff
import PlanLensModel

/// Recall and precision of a diff against the edit script that made its new version.
///
/// Recall: the share of edits the diff reports as made. Precision: the share of the changes the
/// diff reports (changed provisions, fact changes, section changes) that some edit explains
/// with the right kind of change.
struct DiffEditScore: Sendable {
  var edits = 0
  var recovered = 0
  var reported = 0
  var explained = 0
  var misses: [String] = []
  var unexplained: [String] = []

  var recall: Double { edits == 0 ? 1 : Double(recovered) / Double(edits) }
  var precision: Double { reported == 0 ? 1 : Double(explained) / Double(reported) }

  mutating func add(_ script: [DiffScriptedEdit], diff: DocumentDiff, newDocument: ExtractedDocument) {
    edits += script.count
    for edit in script {
      if edit.isRecovered(by: diff, newDocument: newDocument) {
        recovered += 1
      } else {
        misses.append(edit.description)
      }
    }
    for change in diff.changedProvisions {
      reported += 1
      if script.contains(where: { $0.explains(change) }) {
        explained += 1
      } else {
        unexplained.append("\(change.kind.rawValue) \(change.old?.caption ?? "") → \(change.new?.caption ?? "")")
      }
    }
    for change in diff.factChanges {
      reported += 1
      if script.contains(where: { $0.explains(change, newDocument: newDocument) }) {
        explained += 1
      } else {
        unexplained.append("\(change.type.rawValue) \(change.indicator) \(change.changes)")
      }
    }
    reported += diff.sections.count
    unexplained += diff.sections.map { "section \($0.kind.rawValue) \($0.old?.title ?? "") → \($0.new?.title ?? "")" }
  }

  mutating func merge(_ other: DiffEditScore) {
    edits += other.edits
    recovered += other.recovered
    reported += other.reported
    explained += other.explained
    misses += other.misses
    unexplained += other.unexplained
  }

  var figures: String {
    let r = (recall * 1000).rounded() / 10
    let p = (precision * 1000).rounded() / 10
    return "recall \(recovered)/\(edits) = \(r)%, precision \(explained)/\(reported) = \(p)%"
  }
}
