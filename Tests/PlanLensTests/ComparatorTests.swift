import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

@Suite("Comparator")
struct ComparatorTests {
  @Test("each exported comparator has its enum case, its printed sign and its direction")
  func comparators() {
    let expected: [(Comparator, String, Bool)] = [
      (.atLeast, "≥", false), (.moreThan, ">", false), (.atMost, "≤", true), (.lessThan, "<", true),
      (.exactly, "", false), (.about, "约", false),
    ]
    #expect(Comparator.allCases == expected.map(\.0))
    for (comparator, symbol, ceiling) in expected {
      #expect(comparator.symbol == symbol, "sign of \(comparator)")
      #expect(comparator.isCeiling == ceiling, "direction of \(comparator)")
    }
  }

  @Test("the raw values are the export's comparators (export-json.md), and interpolation prints them")
  func exportContract() {
    #expect(Comparator.allCases.map(\.rawValue) == [">=", ">", "<=", "<", "=", "~"])
    #expect("\(Comparator.atLeast)" == ">=")
    #expect("\(Comparator.about)" == "~")
  }

  @Test("a comparators.tsv row with an unknown sign is refused with a badRow naming the row")
  func unknownSignIsABadRow() throws {
    let table = DataTable(
      name: "comparators.tsv",
      text: "# position\tcue\tcomparator\tat100\nbefore\t不低于\t>=\nbefore\t大约\t≈\nafter\t以上\t>=\n")
    #expect(
      throws: DataTableError.badRow(
        table: "comparators.tsv", row: 2, reason: "unknown comparator ≈ (expected >=, >, <=, <, = or ~)")
    ) {
      try ExtractionRules.comparatorCues(table: table)
    }
    let at100 = DataTable(name: "comparators.tsv", text: "before\t达到\t>=\t==\n")
    #expect(throws: DataTableError.self) { try ExtractionRules.comparatorCues(table: at100) }
  }

  @Test("a well-formed table reads its signs as comparators, longest cue first")
  func wellFormedTable() throws {
    let table = DataTable(name: "comparators.tsv", text: "before\t达\t>=\t=\nbefore\t不超过\t<=\t例：不超过45人\n")
    let cues = try ExtractionRules.comparatorCues(table: table)
    #expect(cues.map(\.comparator) == [.atMost, .atLeast])
    #expect(cues.map(\.at100) == [nil, .exactly])
  }
}
