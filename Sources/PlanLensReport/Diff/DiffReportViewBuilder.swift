import Foundation
import PlanLensDiff
import PlanLensModel

/// Builds the template view of a diff: formats facts, cuts redlines at line breaks, and (for
/// the HTML) cuts both source texts at every linked span.
struct DiffReportViewBuilder {
  let diff: DocumentDiff
  /// Whether to carry the source panes (HTML only).
  let sources: Bool

  func view() -> DiffReportView {
    let facts = diff.factChanges.map(factView)
    let changes = diff.changedProvisions.enumerated().map { provisionView($1, number: $0 + 1) }
    let sections = diff.sections.map(sectionView)
    var panes: [SourcePaneView] = []
    if sources {
      for (side, version) in [("old", diff.old), ("new", diff.new)] {
        guard let text = version.sourceText else { continue }
        panes.append(
          SourcePaneView(
            side: side, heading: "\(side) · \(version.path)", segments: segments(of: text, side: side)))
      }
    }
    return DiffReportView(
      old: sideView(diff.old), new: sideView(diff.new), summary: diff.summary,
      facts: facts, changes: changes, sections: sections, sources: panes)
  }

  private func sideView(_ side: DiffSide) -> DiffSideView {
    DiffSideView(path: side.path, title: side.title ?? "(untitled)", status: side.status.rawValue)
  }

  private func link(_ span: Span?, side: String) -> SpanLinkView? {
    guard let span else { return nil }
    let linked = (side == "old" ? diff.old.sourceText : diff.new.sourceText) != nil
    return SpanLinkView(
      side: side, startAnchor: "\(side)-s\(span.start)", endAnchor: "\(side)-e\(span.end)",
      label: "\(side) \(span.start)–\(span.end)", linked: linked)
  }

  private func factView(_ change: FactChange) -> FactChangeView {
    FactChangeView(
      type: change.type.rawValue, typeLabel: FactStateFormatter.typeLabel(change.type), indicator: change.indicator,
      before: FactStateFormatter.text(change.before), after: FactStateFormatter.text(change.after),
      detail: FactStateFormatter.detail(change), oldLink: link(change.before?.span, side: "old"),
      newLink: link(change.after?.span, side: "new"))
  }

  private func sectionView(_ change: SectionChange) -> SectionChangeView {
    SectionChangeView(
      kind: change.kind.rawValue, before: change.old?.caption ?? "—", after: change.new?.caption ?? "—",
      oldLink: link(change.old?.span, side: "old"), newLink: link(change.new?.span, side: "new"))
  }

  private static func location(_ snapshot: ProvisionSnapshot?) -> String {
    guard let snapshot else { return "" }
    return snapshot.path.isEmpty ? "(top level)" : snapshot.path.joined(separator: " › ")
  }

  private func provisionView(_ change: ProvisionChange, number: Int) -> ProvisionChangeView {
    let symbols: [ProvisionChangeKind: String] = [
      .unchanged: "=", .reworded: "~", .moved: "→", .added: "+", .removed: "−",
    ]
    let oldLocation = Self.location(change.old)
    let newLocation = Self.location(change.new)
    let location: String
    if change.kind == .moved, oldLocation != newLocation {
      location = "moved from \(oldLocation) to \(newLocation)"
    } else if change.kind == .moved {
      location = "moved within \(newLocation)"
    } else {
      location = change.new == nil ? oldLocation : newLocation
    }
    var runs = change.runs
    if change.kind == .added, let new = change.new { runs = [TextRun(kind: .insert, text: new.body)] }
    if change.kind == .removed, let old = change.old { runs = [TextRun(kind: .delete, text: old.body)] }
    if runs.isEmpty, let new = change.new { runs = [TextRun(kind: .equal, text: new.body)] }
    var note: String?
    if let id = change.splitFrom { note = "split from old \(caption(ofOld: id))" }
    if let id = change.mergedInto { note = "merged into new \(caption(ofNew: id))" }
    var renumbered: String?
    if change.labelChanged, let old = change.old, let new = change.new { renumbered = "\(old.label) → \(new.label)" }
    return ProvisionChangeView(
      anchor: "change-\(number)", kind: change.kind.rawValue, symbol: symbols[change.kind] ?? "",
      caption: change.new?.caption ?? change.old?.caption ?? "", location: location, renumbered: renumbered,
      note: note,
      similarity: change.textChanged && change.old != nil && change.new != nil
        ? String(format: "%.2f", min(change.similarity, 0.99)) : nil,
      sideBySide: change.kind == .moved || change.kind == .reworded, oldCaption: change.old?.caption ?? "",
      newCaption: change.new?.caption ?? "", oldLocation: oldLocation, newLocation: newLocation,
      runs: Self.pieces(runs), oldRuns: Self.pieces(runs.filter { $0.kind != .insert }),
      newRuns: Self.pieces(runs.filter { $0.kind != .delete }), oldLink: link(change.old?.span, side: "old"),
      newLink: link(change.new?.span, side: "new"))
  }

  private func caption(ofOld id: String) -> String {
    diff.provisions.first { $0.old?.id == id }?.old?.caption ?? id
  }

  private func caption(ofNew id: String) -> String {
    diff.provisions.first { $0.new?.id == id }?.new?.caption ?? id
  }

  /// Runs cut at line breaks, with the spaces at the edges of a change kept outside it, so
  /// Markdown emphasis and terminal markers stay on one line and hug the words.
  static func pieces(_ runs: [TextRun]) -> [TextRunView] {
    var out: [TextRunView] = []
    func piece(_ text: Substring, _ kind: TextRunKind) {
      guard !text.isEmpty else { return }
      out.append(
        TextRunView(
          text: String(text), isEqual: kind == .equal, isDelete: kind == .delete, isInsert: kind == .insert,
          isBreak: false))
    }
    for run in runs {
      for (k, line) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if k > 0 { out.append(TextRunView(text: "", isEqual: false, isDelete: false, isInsert: false, isBreak: true)) }
        if run.kind == .equal {
          piece(line, .equal)
          continue
        }
        let core = line.drop { $0.isWhitespace }
        let trimmed = core.reversed().drop { $0.isWhitespace }.count
        let body = core.prefix(trimmed)
        piece(line.prefix(line.count - core.count), .equal)
        piece(body, run.kind)
        piece(core.suffix(core.count - trimmed), .equal)
      }
    }
    return out
  }

  /// The source cut at the start and end of every span the report links to.
  private func segments(of text: String, side: String) -> [SourceSegmentView] {
    var spans: [Span] = []
    for change in diff.provisions {
      if let s = (side == "old" ? change.old : change.new)?.span { spans.append(s) }
    }
    for change in diff.factChanges {
      if let s = (side == "old" ? change.before : change.after)?.span { spans.append(s) }
    }
    for change in diff.sections {
      if let s = (side == "old" ? change.old : change.new)?.span { spans.append(s) }
    }
    let scalars = Array(text.unicodeScalars)
    var markers: [Int: [String]] = [:]
    for span in spans where span.start >= 0 && span.end <= scalars.count && span.start <= span.end {
      markers[span.start, default: []].append("\(side)-s\(span.start)")
      markers[span.end, default: []].append("\(side)-e\(span.end)")
    }
    let cuts = markers.keys.sorted()
    var out: [SourceSegmentView] = []
    var previous = 0
    var pending: [String] = []
    for cut in cuts {
      if cut > previous {
        out.append(SourceSegmentView(markers: pending, text: Self.string(scalars[previous..<cut])))
        pending = []
      }
      pending += Array(Set(markers[cut] ?? [])).sorted()
      previous = cut
    }
    out.append(SourceSegmentView(markers: pending, text: Self.string(scalars[previous..<scalars.count])))
    return out
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
