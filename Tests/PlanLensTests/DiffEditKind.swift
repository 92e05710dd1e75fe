/// The edits the recovery harness makes, as a researcher would see them in a new draft.
enum DiffEditKind: String, CaseIterable, Sendable {
  /// A new task after an existing one; every later task of the sequence is renumbered.
  case insertTask
  /// A task cut from its section and pasted at the end of another, relabelled to fit there.
  case moveTask
  /// A target's value raised and its deadline moved a year earlier (or given one).
  case changeTarget
  /// A task's lead department replaced by another (or swapped with its supporting one).
  case swapLead
  /// One sentence of a task reworded.
  case rewordSentence
  /// A task deleted; the later ones renumbered.
  case deleteParagraph
}
