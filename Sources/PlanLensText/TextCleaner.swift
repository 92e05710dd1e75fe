import Foundation

/// Removes conversion artefacts and page furniture from a document's text, keeping the offset
/// map to the source. Rules come from the `cleaning-rules.tsv` table.
public struct TextCleaner: Sendable {
  /// One cleaning rule.
  public struct Rule: Sendable {
    public enum Kind: String, Sendable {
      /// Remove each match.
      case inline
      /// Remove the text of each matching line.
      case line
      /// Remove a matching line and its continuation lines, up to one ending in 。.
      case block
      /// Remove a matching line with its line break, so the paragraph it interrupts joins up
      /// (a page number between two halves of a sentence).
      case page
    }
    public var kind: Kind
    public var pattern: String
    public var note: String
  }

  public let rules: [Rule]
  private let compiled: [(Rule, ICURegularExpression)]

  public init(rules: [Rule]) throws {
    self.rules = rules
    self.compiled = try rules.map { rule in
      (rule, try ICURegularExpression(rule.pattern, multiline: rule.kind != .inline))
    }
  }

  /// The cleaner with the rules shipped in `cleaning-rules.tsv`.
  public static func standard() throws -> TextCleaner {
    let table = try rulesTable()
    var rules: [Rule] = []
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, let kind = Rule.Kind(rawValue: row[0]) else {
        throw DataTableError.badRow(
          table: table.name, row: i + 1, reason: "expected kind (inline, line, block) and pattern")
      }
      rules.append(Rule(kind: kind, pattern: row[1], note: row.count > 2 ? row[2] : ""))
    }
    return try TextCleaner(rules: rules)
  }

  /// The shipped rule table itself, with its examples (for tests that fire each row).
  static func rulesTable() throws -> DataTable {
    try DataTable.load("cleaning-rules.tsv", in: .module)
  }

  /// `text` with every rule applied; each kept scalar still maps to its source offset.
  public func clean(_ text: MappedText) -> MappedText {
    let units = text.scalars.utf16
    let buffer = UTF16ScalarOffsets(scalars: text.scalars)
    var cuts: [Range<Int>] = []
    let lines = text.lineRanges()
    for (rule, regex) in compiled {
      // A search that fails (ICU out of memory) removes nothing rather than guessing.
      let matches = (try? units.withUnsafeBufferPointer { try regex.matches(in: $0) }) ?? []
      switch rule.kind {
      case .inline:
        for m in matches {
          cuts.append(buffer.scalarOffset(m.lowerBound)..<buffer.scalarOffset(m.upperBound))
        }
      case .page:
        for m in matches {
          let at = buffer.scalarOffset(m.lowerBound)
          guard let index = Self.line(containing: at, in: lines) else { continue }
          // Up to the start of the next line: the line break goes too.
          let end = index + 1 < lines.count ? lines[index + 1].lowerBound : lines[index].upperBound
          cuts.append(lines[index].lowerBound..<end)
        }
      case .line, .block:
        // Lines a block of this rule already took are not walked again.
        var blockEnd = -1
        for m in matches {
          let at = buffer.scalarOffset(m.lowerBound)
          guard var index = Self.line(containing: at, in: lines), index > blockEnd else {
            continue
          }
          cuts.append(lines[index])
          if rule.kind == .block {
            defer { blockEnd = index }
            while !Self.endsSentence(text, lines[index]), index + 1 < lines.count {
              index += 1
              cuts.append(lines[index])
            }
          }
        }
      }
    }
    return text.removing(Self.merged(cuts))
  }

  /// The index of the line holding scalar offset `at` (or starting there), by binary search
  /// over the sorted, disjoint line ranges.
  static func line(containing at: Int, in lines: [Range<Int>]) -> Int? {
    var lo = 0
    var hi = lines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lines[mid].upperBound < at { lo = mid + 1 } else { hi = mid }
    }
    guard lo < lines.count, lines[lo].contains(at) || lines[lo].lowerBound == at else { return nil }
    return lo
  }

  /// Whether `line` (one line, no line break) is a page number that a `page` rule removes
  /// ("- 3 -", "第 3 页 共 9 页"): what the readers of paged formats set aside.
  public func isPageNumberLine(_ line: String) -> Bool {
    compiled.contains { rule, regex in rule.kind == .page && regex.matches(line) }
  }

  /// The regular-expression work cleaning `text` takes: how many times ICU's matcher reports
  /// progress over all rules (once per position a match is tried from, and once per 10,000
  /// steps of backtracking within a try). Not timed, so tests can check that it grows in
  /// proportion to the input.
  func regexWork(_ text: MappedText) -> Int {
    let units = text.scalars.utf16
    var work: Int64 = 0
    for (_, regex) in compiled {
      _ = try? units.withUnsafeBufferPointer { try regex.matches(in: $0, work: &work) }
    }
    return Int(work)
  }

  private static func endsSentence(_ text: MappedText, _ line: Range<Int>) -> Bool {
    var i = line.upperBound - 1
    while i >= line.lowerBound, ScalarText.isWhitespace(text.scalars[i]) { i -= 1 }
    return i >= line.lowerBound && text.scalars[i] == Punctuation.fullStop
  }

  private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
      if let last = out.last, r.lowerBound <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        out.append(r)
      }
    }
    return out
  }
}
