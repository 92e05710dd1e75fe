import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// The quantity rule tables: every row carries an example sentence of its own, and the row fires
/// on it when the sentence goes through the pipeline.
@Suite("Quantity rule tables: every row fires on its example")
struct QuantityLexiconTests {
  /// One row of a rule table with its example sentence.
  struct Row: CustomTestStringConvertible, Sendable {
    let table: String
    let line: Int
    let fields: [String]
    let example: String?

    var kind: String { fields.first ?? "" }
    var word: String { fields.count > 1 ? fields[1] : "" }
    var testDescription: String { "\(table):\(line) \(fields.prefix(2).joined(separator: " "))" }
  }

  /// Rows known not to fire, with why (none today; a row added here must say why, and the test
  /// fails once it fires again).
  static let knownDead: [String: String] = [:]

  /// Runs `body`, expecting it to fail when `row` is a known dead row.
  static func firing(_ row: Row, _ body: () throws -> Void) rethrows {
    let key = "\(row.table) \(row.kind) \(row.word)"
    if let reason = knownDead[key] {
      withKnownIssue(Comment(rawValue: reason)) { try body() }
    } else {
      try body()
    }
  }

  static let tables = [
    "units.tsv", "comparators.tsv", "kind-cues.tsv", "indicator-stopwords.tsv", "scopes.tsv",
    "technical-units.tsv", "grant-cues.tsv",
  ]

  static func rows(_ name: String) -> [Row] {
    guard let table = try? NumberForms.table(name) else { return [] }
    return table.rows.indices.map {
      Row(table: name, line: table.lineNumbers[$0], fields: table.rows[$0], example: table.examples[$0])
    }
  }

  /// The quantities of `example` as one sentence of a plan's tasks.
  private func quantities(_ example: String) throws -> [Quantity] {
    try TestSupport.extract("某某市发展规划\n\n一、主要任务\n\(example)。\n").quantities
  }

  private func example(_ row: Row) throws -> String {
    try #require(row.example, "\(row.testDescription) has no 例：")
  }

  private func describe(_ found: [Quantity]) -> String {
    found.map { "\($0.indicator)|\($0.comparator)\($0.value)\($0.unit ?? "-")|\($0.kind)|\($0.scope ?? "")" }
      .joined(separator: "; ")
  }

  @Test("every quantity table loads with rows", arguments: tables)
  func tableLoads(name: String) throws {
    #expect(!Self.rows(name).isEmpty, "\(name)")
  }

  @Test("units.tsv: a quantity in the row's unit is read", arguments: rows("units.tsv"))
  func unitFires(row: Row) throws {
    let found = try quantities(try example(row))
    #expect(found.contains { $0.unit == row.kind }, "\(row.kind): \(describe(found))")
  }

  @Test("comparators.tsv: the cue gives its comparator and stands in the quote", arguments: rows("comparators.tsv"))
  func comparatorFires(row: Row) throws {
    let found = try quantities(try example(row))
    let at100 = row.fields.count > 3 && !row.fields[3].isEmpty ? row.fields[3] : nil
    #expect(
      found.contains { q in
        let expected = q.value == 100 && q.unit == "%" ? at100 ?? row.fields[2] : row.fields[2]
        return q.comparator.rawValue == expected && q.quote.contains(row.word)
      }, "\(row.word): \(describe(found))")
  }

  @Test("kind-cues.tsv: the cue gives the quantity its kind", arguments: rows("kind-cues.tsv"))
  func kindCueFires(row: Row) throws {
    try Self.firing(row) { try kindCue(row) }
  }

  private func kindCue(_ row: Row) throws {
    let text = try example(row)
    switch row.kind {
    case "baselineHeading":
      let doc = try TestSupport.extract("某某市发展规划\n\n\(text)\n全市建成社区服务站120个。\n")
      #expect(doc.quantities.map(\.kind) == [.baseline], "\(row.word): \(describe(doc.quantities))")
    case "standardDocType":
      let doc = try TestSupport.extract("\(text)\n\n第一条　社区服务站建筑面积不少于300平方米。\n")
      #expect(doc.quantities.map(\.kind) == [.standard], "\(row.word): \(describe(doc.quantities))")
    case "goal":
      let found = try quantities(text)
      #expect(found.contains { $0.deadline?.year != nil }, "\(row.word): \(describe(found))")
    case "frameTime":
      // The opening frame makes the sentence's figures baselines.
      let found = try quantities(text)
      #expect(!found.isEmpty && found.allSatisfy { $0.kind == .baseline }, "\(row.word): \(describe(found))")
    case "countCloser":
      // The Chinese numeral it closes is read as a figure.
      let found = try quantities(text)
      #expect(found.contains { $0.quote.contains(row.word) }, "\(row.word): \(describe(found))")
    case "relativeDeadline":
      let found = try quantities(text)
      #expect(!found.isEmpty && !found.contains { $0.unit == "年" }, "\(row.word): \(describe(found))")
    default:
      let kind: Quantity.Kind = row.kind == "baseline" ? .baseline : .standard
      let found = try quantities(text)
      #expect(found.contains { $0.kind == kind }, "\(row.kind) \(row.word): \(describe(found))")
    }
  }

  @Test("indicator-stopwords.tsv: the word is trimmed, cuts or refers back", arguments: rows("indicator-stopwords.tsv"))
  func stopWordFires(row: Row) throws {
    try Self.firing(row) { try stopWord(row) }
  }

  private func stopWord(_ row: Row) throws {
    let text = try example(row)
    let found = try quantities(text)
    let indicators = found.map(\.indicator)
    #expect(!found.isEmpty, "\(row.word): nothing read")
    switch row.kind {
    case "lead", "afterLead":
      #expect(!indicators.contains { $0.hasPrefix(row.word) }, "\(row.word): \(indicators)")
    case "trail":
      #expect(!indicators.contains { $0.hasSuffix(row.word) }, "\(row.word): \(indicators)")
    case "both":
      #expect(!indicators.contains { $0.hasPrefix(row.word) || $0.hasSuffix(row.word) }, "\(row.word): \(indicators)")
    case "verb":
      // The measured thing is the noun phrase after the number, without the verb.
      let after = text.range(of: row.word).map { String(text[$0.upperBound...]) } ?? ""
      #expect(
        indicators.contains { !$0.isEmpty && !$0.contains(row.word) && after.contains($0) },
        "\(row.word): \(indicators)")
    case "conjunction":
      // Both counted things are read, and neither indicator holds the conjunction at an edge.
      let after = text.range(of: row.word).map { String(text[$0.upperBound...]) } ?? ""
      #expect(
        found.count >= 2 && indicators.contains { !$0.isEmpty && after.contains($0) }
          && !indicators.contains { $0.hasPrefix(row.word) || $0.hasSuffix(row.word) },
        "\(row.word): \(indicators)")
    case "copula":
      // The phrase before the copula is the measured thing.
      let before = text.range(of: row.word).map { String(text[..<$0.lowerBound]) } ?? ""
      #expect(
        indicators.contains { $0.unicodeScalars.count >= 2 && before.hasSuffix($0) }, "\(row.word): \(indicators)")
    case "examples", "modifier":
      // The measured thing follows the number, without the closing word.
      let after = text.range(of: row.word, options: .backwards).map { String(text[$0.upperBound...]) } ?? ""
      #expect(
        indicators.contains { !$0.isEmpty && !$0.contains(row.word) && after.contains($0) },
        "\(row.word): \(indicators)")
    case "levelSuffix":
      // The second figure's indicator is the first's, at the second's levels.
      #expect(
        indicators.count == 2 && indicators[1].hasSuffix(String(indicators[0].dropFirst(2)))
          && indicators[1] != indicators[0],
        "\(row.word): \(indicators)")
    case "share":
      // What the group does, 的, the group, and the share noun.
      let group = text.range(of: "的").map { String(text[$0.upperBound...].prefix(2)) } ?? "?"
      #expect(
        indicators.contains { $0.hasSuffix(group + row.word) || $0.hasSuffix(row.word) && $0.contains("的" + group) },
        "\(row.word): \(indicators)")
    case "increment":
      // The increment and the thing counted after the number.
      #expect(
        indicators.contains { $0.hasPrefix(row.word) && $0.unicodeScalars.count > row.word.unicodeScalars.count },
        "\(row.word): \(indicators)")
    case "purpose":
      // The purpose's verb phrase belongs to the measured thing.
      let purpose = text.range(of: row.word).map { String(text[$0.upperBound...].prefix(2)) } ?? "?"
      #expect(indicators.contains { $0.contains(purpose) }, "\(row.word): \(indicators)")
    case "preposition":
      #expect(
        indicators.contains { !$0.isEmpty } && !indicators.contains { $0.contains(row.word) },
        "\(row.word): \(indicators)")
    case "generic":
      #expect(indicators.contains { $0.hasSuffix(row.word) && $0 != row.word }, "\(row.word): \(indicators)")
    case "anaphoraLead":
      let generic = Self.rows("indicator-stopwords.tsv").filter { $0.kind == "generic" }.map(\.word)
      #expect(
        indicators.contains { i in generic.contains { i.hasSuffix($0) && i != $0 } && !i.hasPrefix(row.word) },
        "\(row.word): \(indicators)")
    default:
      Issue.record("unknown kind \(row.kind)")
    }
  }

  @Test("scopes.tsv: the quantity's scope is read from the start of its phrase", arguments: rows("scopes.tsv"))
  func scopeFires(row: Row) throws {
    let text = try example(row)
    let found = try quantities(text)
    #expect(found.contains { $0.scope.map { !$0.isEmpty && text.hasPrefix($0) } ?? false }, "\(describe(found))")
  }

  @Test("technical-units.tsv: the unit with the symbol is read", arguments: rows("technical-units.tsv"))
  func technicalUnitFires(row: Row) throws {
    let found = try quantities(try example(row))
    #expect(
      found.contains { q in
        q.unit.map { $0.contains(row.word) && $0.unicodeScalars.allSatisfy { $0.isASCII || $0 == "μ" } } ?? false
      }, "\(row.word): \(describe(found))")
  }

  @Test(
    "grant-cues.tsv: the beneficiary is the measured thing, and the grant a standard", arguments: rows("grant-cues.tsv")
  )
  func grantCueFires(row: Row) throws {
    let text = try example(row)
    let found = try quantities(text)
    // The beneficiary: after 对, up to the clause break or the first adverb or verb of the grant.
    let cues = Self.rows("grant-cues.tsv").filter {
      ["adverb", "verb", "respectively", "nounPrefix"].contains($0.kind)
    }
    .map(\.word)
    var beneficiary = text.range(of: "对").map { String(text[$0.upperBound...]) } ?? text
    beneficiary = String(beneficiary.prefix { $0 != "，" })
    for cue in cues { if let r = beneficiary.range(of: cue) { beneficiary = String(beneficiary[..<r.lowerBound]) } }
    switch row.kind {
    case "respectively":
      // Each amount goes to its own beneficiary of the list.
      let members = try #require(
        ParallelMembers.members(of: beneficiary, modifiers: ["的"]), "\(beneficiary) is no list")
      #expect(
        found.count == members.count && zip(found, members).allSatisfy { $0.indicator.hasPrefix($1) },
        "\(row.word) (\(members)): \(describe(found))")
    case "nounPrefix":
      #expect(
        found.contains { $0.kind == .standard && $0.indicator.contains(beneficiary + row.word) },
        "\(row.word) (\(beneficiary)): \(describe(found))")
    default:
      #expect(
        found.contains { $0.kind == .standard && $0.indicator.contains(beneficiary) },
        "\(row.word) (\(beneficiary)): \(describe(found))")
    }
  }
}
