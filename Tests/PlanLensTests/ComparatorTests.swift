import PlanLensModel
import Testing

@Suite("Comparator")
struct ComparatorTests {
  @Test("each exported comparator has its enum case, its printed sign and its direction")
  func comparators() {
    let expected: [(String, String, Bool)] = [
      (">=", "≥", false), (">", ">", false), ("<=", "≤", true), ("<", "<", true), ("=", "", false), ("~", "约", false),
    ]
    #expect(Comparator.allCases.map(\.rawValue) == expected.map(\.0))
    for (raw, symbol, ceiling) in expected {
      #expect(Comparator.symbol(of: raw) == symbol, "sign of \(raw)")
      #expect(Comparator(rawValue: raw)?.isCeiling == ceiling, "direction of \(raw)")
    }
    #expect(Comparator.symbol(of: "≈") == "≈")
  }
}
