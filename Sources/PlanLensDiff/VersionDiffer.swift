import PlanLensModel
import PlanLensText

/// Diffs two versions of a plan by structure and facts, not by lines.
///
/// Provisions are paired one to one by text, title and label similarity (ICU words), so
/// renumbering, moves between sections, splits and merges are recognised; section headings are
/// paired by title and by the provisions they hold. Quantities, responsibilities, milestones and
/// metadata are then compared within the pairs.
///
/// ```swift
/// let diff = try VersionDiffer().diff(old: DiffInput(document: draft, sourceText: draftText),
///                                     new: DiffInput(document: final, sourceText: finalText))
/// print(diff.summary.reworded, diff.factChanges.count)
/// ```
public struct VersionDiffer: Sendable {
  let tokenizer: DiffTokenizer

  /// A differ segmenting words with ICU's rules for `locale` (zh dictionary by default).
  public init(locale: String = "zh") {
    tokenizer = DiffTokenizer(segmenter: TextSegmenter(locale: locale))
  }

  /// What changed from `old` to `new`.
  public func diff(old: DiffInput, new: DiffInput) throws -> DocumentDiff {
    let oldIndex = DiffDocumentIndex(old.document)
    let newIndex = DiffDocumentIndex(new.document)
    let tokens = try tokenizer.tokens(of: oldIndex.bodies + newIndex.bodies)
    let oldTokens = Array(tokens[0..<oldIndex.bodies.count])
    let newTokens = Array(tokens[oldIndex.bodies.count...])
    let space = DiffTermSpace(old: oldTokens, new: newTokens)
    let alignment = DiffProvisionAligner().align(old: oldIndex, new: newIndex, space: space)
    let sectionMap = DiffSectionAligner().align(old: oldIndex, new: newIndex, alignment: alignment)

    var headingMap = sectionMap
    var provisionMap: [String: String] = [:]
    for (i, j) in alignment.pairs {
      headingMap[oldIndex.provisions[i].heading] = newIndex.provisions[j].heading
      provisionMap[oldIndex.provisions[i].id] = newIndex.provisions[j].id
    }
    let provisions = ProvisionChangeBuilder(
      old: oldIndex, new: newIndex, oldTokens: oldTokens, newTokens: newTokens, space: space, alignment: alignment,
      headingMap: headingMap
    ).changes()
    let sections = Self.sectionChanges(old: oldIndex, new: newIndex, map: sectionMap)

    let grouping = DiffFactGrouping(provisionMap: provisionMap, headingMap: headingMap)
    let facts =
      MetaChangeFinder().changes(old: old.document.meta, new: new.document.meta)
      + QuantityChangeFinder(grouping: grouping).changes(old: old.document.quantities, new: new.document.quantities)
      + ResponsibilityChangeFinder(grouping: grouping, old: oldIndex, new: newIndex).changes()
      + MilestoneChangeFinder().changes(old: old.document.milestones, new: new.document.milestones)

    var summary = DiffSummary(facts: facts.count, sections: sections.count)
    for change in provisions {
      switch change.kind {
      case .unchanged: summary.unchanged += 1
      case .reworded: summary.reworded += 1
      case .moved: summary.moved += 1
      case .added: summary.added += 1
      case .removed: summary.removed += 1
      }
    }
    return DocumentDiff(
      old: DiffSide(old), new: DiffSide(new), summary: summary, factChanges: facts, provisions: provisions,
      sections: sections)
  }

  /// Sections added, removed or retitled, in the new version's order with removed ones last.
  static func sectionChanges(old: DiffDocumentIndex, new: DiffDocumentIndex, map: [String: String]) -> [SectionChange] {
    let oldOfNew = Dictionary(map.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
    var out: [SectionChange] = []
    for k in new.sectionPositions {
      let heading = new.headings[k]
      if let oldID = oldOfNew[heading.id], let before = old.heading(oldID) {
        if before.title != heading.title {
          out.append(SectionChange(kind: .retitled, old: SectionSnapshot(before), new: SectionSnapshot(heading)))
        }
      } else {
        out.append(SectionChange(kind: .added, old: nil, new: SectionSnapshot(heading)))
      }
    }
    for k in old.sectionPositions where map[old.headings[k].id] == nil {
      out.append(SectionChange(kind: .removed, old: SectionSnapshot(old.headings[k]), new: nil))
    }
    return out
  }
}
