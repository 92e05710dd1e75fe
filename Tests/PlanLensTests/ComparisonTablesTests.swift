import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensCompare

/// The comparison's rule tables: every row fires on its example.
@Suite("Comparison tables")
struct ComparisonTablesTests {
  static func table(_ name: String) throws -> DataTable {
    let url = TestSupport.packageRoot.appendingPathComponent("Sources/PlanLensCompare/Resources/" + name)
    return DataTable(name: name, text: try String(contentsOf: url, encoding: .utf8))
  }

  @Test("every row of indicator-facets.tsv fires on its example")
  func facetRowsFire() throws {
    let reader = try IndicatorFacetReader.standard()
    let table = try Self.table("indicator-facets.tsv")
    #expect(!table.rows.isEmpty)
    for (row, example) in zip(table.rows, table.examples) {
      let example = try #require(example, "\(row) has no example")
      let found = reader.matches(in: example)
      #expect(
        found.contains { $0.facet.rawValue == row[0] && $0.text == row[1] && $0.value == row[2] },
        "\(row) does not fire on \(example): \(found.map(\.text))")
    }
  }

  @Test("every row of figure-screens.tsv screens the figure of its example")
  func screenRowsFire() throws {
    let screen = try FigureScreen.standard()
    let table = try Self.table("figure-screens.tsv")
    for (row, example) in zip(table.rows, table.examples) {
      let example = try #require(example, "\(row) has no example")
      let document = try TestSupport.extract("某某市发展规划\n\n一、主要任务\n" + example + "\n")
      let reasons = document.quantities.compactMap(screen.reason)
      let expected: FigureScreen.Reason = row[0] == "maximum" ? .implausible : .relativeDeadline
      #expect(reasons.contains(expected), "\(row) on \(example): \(document.quantities.map(\.quote))")
    }
  }

  @Test("every word of theme-stopwords.tsv stands as an ICU word in its example")
  func themeStopwordsFire() throws {
    let segmenter = TextSegmenter()
    let table = try Self.table("theme-stopwords.tsv")
    for (row, example) in zip(table.rows, table.examples) {
      let example = try #require(example, "\(row) has no example")
      let words = try segmenter.words(in: example).map(\.text)
      #expect(words.contains(row[0]), "\(row[0]) is not a word of \(example): \(words)")
    }
  }

  @Test("themes come from the plans: a digital-economy field gets its own themes, no elderly-care names")
  func themesForAnyField() throws {
    let sentences = [
      "（一）壮大数字经济核心产业。培育软件和信息技术服务企业。",
      "（二）建设算力基础设施。统筹布局数据中心和智能算力中心。",
      "（三）推进数字经济集聚发展。建设软件名城和产业园区。",
      "（四）加强人工智能创新。建设人工智能开放创新平台。",
      "（五）深化工业互联网应用。推动企业上云用数赋智。",
      "（六）完善数据要素市场。开展公共数据授权运营。",
      "（七）培育人工智能应用场景。发布场景清单。",
      "（八）强化网络安全防护。健全网络安全监测体系。",
    ]
    let plans = try ["甲市", "乙市"].map { place in
      try TestSupport.extract(
        "\(place)数字经济发展规划\n\n一、主要任务\n" + sentences.joined(separator: "\n") + "\n", path: "t/\(place).txt")
    }
    let c = try ComparisonBuilder().compare(plans)
    let names = Set(c.themes.map(\.theme))
    #expect(names.contains("数字经济"), "\(names)")
    #expect(names.isDisjoint(with: ["智慧养老", "医养结合", "居家社区养老"]))
    #expect(c.themes.allSatisfy { $0.cells.filter { $0.count > 0 }.count >= 2 }, "a theme two plans share")
  }
}
