import PlanLensDiff
import PlanLensModel

/// One edit the harness made, with what a correct diff reports for it.
struct DiffScriptedEdit: Sendable, CustomStringConvertible {
  var kind: DiffEditKind
  /// The part of the original text the edit touched (a provision's span), if any.
  var originalRange: Range<Int>?
  /// Text that only the edit put in the new version (an inserted task's title).
  var marker: String?
  /// moveTask: the title of the section the task went to.
  var targetSection: String?
  /// changeTarget: the value before and after, and the deadline year after.
  var value: (before: Double, after: Double)?
  var deadlineYear: Int?
  /// swapLead: the department that led before and the one that leads after.
  var leadBefore: String?
  var leadAfter: String?
  /// rewordSentence: words the new sentence has.
  var inserted: String?
  var note: String

  var description: String { "\(kind.rawValue): \(note)" }

  /// Whether the diff reports this edit as it was made.
  func isRecovered(by diff: DocumentDiff, newDocument: ExtractedDocument) -> Bool {
    switch kind {
    case .insertTask:
      return diff.provisions.contains { $0.kind == .added && ($0.new?.text.contains(marker ?? "\u{0}") ?? false) }
    case .deleteParagraph:
      return diff.provisions.contains { $0.kind == .removed && overlaps($0.old?.span) }
    case .moveTask:
      return diff.provisions.contains {
        $0.kind == .moved && overlaps($0.old?.span) && ($0.new?.path.last?.contains(targetSection ?? "\u{0}") ?? false)
      }
    case .rewordSentence:
      return diff.provisions.contains {
        $0.kind == .reworded && overlaps($0.old?.span)
          && $0.runs.filter { $0.kind == .insert }.map(\.text).joined().contains(inserted ?? "\u{0}")
      }
    case .changeTarget:
      return diff.factChanges.contains { change in
        guard change.type == .targetChanged, case .quantity(let before)? = change.before,
          case .quantity(let after)? = change.after, overlaps(before.span)
        else { return false }
        return before.value == value?.before && after.value == value?.after && after.deadline?.year == deadlineYear
      }
    case .swapLead:
      return diff.factChanges.contains { change in
        guard change.type == .responsibilityChanged else { return false }
        let gained = change.departments.contains { $0.name == leadAfter && $0.after == .lead && $0.before != .lead }
        if leadBefore == nil { return change.before == nil && gained && overlapsNew(change, newDocument) }
        guard overlaps(change.before?.span) else { return false }
        let lost = change.departments.contains { $0.name == leadBefore && $0.before == .lead && $0.after != .lead }
        return lost && gained
      }
    }
  }

  /// Whether a reported provision change is a correct consequence of this edit.
  func explains(_ change: ProvisionChange) -> Bool {
    switch kind {
    case .insertTask: return change.kind == .added && (change.new?.text.contains(marker ?? "\u{0}") ?? false)
    case .deleteParagraph: return change.kind == .removed && overlaps(change.old?.span)
    case .moveTask: return change.kind == .moved && overlaps(change.old?.span)
    case .changeTarget, .swapLead, .rewordSentence:
      if kind == .swapLead, leadBefore == nil, change.kind == .reworded, let text = change.new?.text,
        let lead = leadAfter
      {
        return overlaps(change.old?.span) && text.contains(lead)
      }
      return change.kind == .reworded && overlaps(change.old?.span)
    }
  }

  /// Whether a reported fact change is a correct consequence of this edit.
  func explains(_ change: FactChange, newDocument: ExtractedDocument) -> Bool {
    switch kind {
    case .insertTask:
      return [.targetAdded, .responsibilityChanged, .milestoneChanged].contains(change.type) && change.before == nil
        && inserted(change, newDocument)
    case .deleteParagraph:
      return [.targetRemoved, .responsibilityChanged, .milestoneChanged].contains(change.type) && change.after == nil
        && overlaps(change.before?.span)
    case .moveTask, .rewordSentence:
      return false
    case .changeTarget:
      return change.type == .targetChanged && overlaps(change.before?.span)
    case .swapLead:
      guard change.type == .responsibilityChanged else { return false }
      return leadBefore == nil
        ? change.before == nil && overlapsNew(change, newDocument) : overlaps(change.before?.span)
    }
  }

  private func overlaps(_ span: Span?) -> Bool {
    guard let span, let originalRange else { return false }
    return span.range.overlaps(originalRange)
  }

  /// Whether a fact of the new version stands in the task this edit inserted.
  private func inserted(_ change: FactChange, _ newDocument: ExtractedDocument) -> Bool {
    guard let marker, let id = change.newProvision else { return false }
    return newDocument.provisions.first { $0.id == id }?.text.contains(marker) ?? false
  }

  /// For a lead assigned to a task that had none: the fact stands in that task, which holds the
  /// new lead's name.
  private func overlapsNew(_ change: FactChange, _ newDocument: ExtractedDocument) -> Bool {
    guard let lead = leadAfter, let id = change.newProvision,
      let provision = newDocument.provisions.first(where: { $0.id == id })
    else { return false }
    return provision.text.contains(lead) && provision.text.contains(marker ?? "\u{0}")
  }
}
