import Foundation
import Testing

@testable import PlanLensStructure
@testable import PlanLensText

/// Every stage does work in proportion to its input on the shapes crawlers produce: runs of
/// blank or whitespace-only lines, CRLF, many short lines without 。, one very long line. Work
/// is counted (regex progress reports, heading candidates), never timed.
@Suite("Linear work on hostile input")
struct LinearWorkTests {
  /// A plan's opening, `middle`, and a closing paragraph.
  static func document(_ middle: String) -> String {
    "某某市养老服务发展实施方案\n一、总体要求\n到2025年，全市养老机构护理型床位占比不低于55%。\n" + middle
      + "二、重点任务\n（一）建设社区养老服务设施。新增床位3000张。\n"
  }

  /// The hostile shapes at size `n`.
  static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
    ("blank lines", { document(String(repeating: "\n", count: $0)) }),
    ("whitespace-only lines", { document(String(repeating: "  \t　 \n", count: $0)) }),
    (
      "CRLF blank lines",
      { document(String(repeating: "\r\n", count: $0)).replacingOccurrences(of: "\n", with: "\r\n") }
    ),
    ("short lines without 。", { document((0..<$0).map { "条目\($0)\n" }.joined()) }),
    ("one long line", { document(String(repeating: "推进养老服务，完善设施，", count: $0)) }),
  ]

  /// `work(2n) / work(n)` stays near 2 (linear), well below 4 (quadratic).
  static func expectLinear(_ name: String, _ work: (Int) -> Int) {
    let small = work(1000)
    let large = work(2000)
    #expect(small > 0, "\(name): no work counted")
    #expect(Double(large) <= 2.4 * Double(small), "\(name): work \(small) → \(large) when the input doubles")
  }

  @Test("cleaning: regex work grows linearly on every hostile shape", arguments: shapes.map(\.name))
  func cleaningIsLinear(_ name: String) throws {
    let make = try #require(Self.shapes.first { $0.name == name }).make
    Self.expectLinear(name) { TestSupport.cleaner.regexWork(MappedText(source: make($0))) }
  }

  @Test("the work counter sees a quadratic rule: ^\\s* reaching across blank lines grows 3× or more")
  func counterSeesQuadraticRule() throws {
    let old = try TextCleaner(rules: [.init(kind: .page, pattern: #"^\s*[-－—–]*\s*\d{1,3}\s*[-－—–]+\s*$"#, note: "")])
    let blank = { (n: Int) in old.regexWork(MappedText(source: Self.document(String(repeating: "  \n", count: n)))) }
    let small = blank(300)
    #expect(Double(blank(600)) >= 3 * Double(small))
  }

  @Test("no line, block or page rule matches across a line break")
  func rulesStayOnTheirLine() throws {
    let text = Self.document(
      String(repeating: "  \n", count: 50) + "— 12 —\n\n第 3 页\n\n抄送：市委办公室\n\n· 5 ·\n\r\nPage 3 of 9\n")
    let scalars = Array(text.unicodeScalars)
    for rule in TestSupport.cleaner.rules where rule.kind != .inline {
      let regex = try NSRegularExpression(pattern: rule.pattern, options: [.anchorsMatchLines])
      for m in regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) {
        let matched = (text as NSString).substring(with: m.range)
        #expect(
          !matched.contains("\n") && !matched.contains("\r"), "\(rule.pattern) matched \(matched.debugDescription)")
      }
    }
    #expect(!scalars.isEmpty)
  }

  @Test("structure: heading candidates examined grow linearly on every hostile shape", arguments: shapes.map(\.name))
  func structureIsLinear(_ name: String) throws {
    let make = try #require(Self.shapes.first { $0.name == name }).make
    let grammar = try HeadingGrammar.standard()
    Self.expectLinear(name) { n in
      let text = TestSupport.cleaner.clean(MappedText(source: make(n)))
      let layout = DocumentPartitioner(grammar: grammar).layout(of: text)
      // Lines looked at plus candidates found: both bounded by the text's size.
      return layout.lines.count + HeadingScanner(grammar: grammar).candidates(in: text, layout: layout).count
    }
  }
}
