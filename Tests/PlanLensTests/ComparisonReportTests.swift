import Foundation
import PlanLensCompare
import PlanLensModel
import PlanLensReport
import Testing

/// The cross-jurisdiction comparison over corpus/, and its committed reports under reports/.
@Suite("Comparison report")
struct ComparisonReportTests {
  /// The corpus extracted under the paths the README's main command gives them.
  static func corpusDocuments() throws -> [ExtractedDocument] {
    try CorpusManifest.load().documents.map { entry in
      try TestSupport.extract(try TestSupport.corpusText(entry.file), path: "corpus/" + entry.file)
    }
  }

  /// Built once for the suite.
  static let shared: Result<Comparison, any Error> = Result { try ComparisonBuilder().compare(try corpusDocuments()) }

  static func comparison() throws -> Comparison {
    try shared.get()
  }

  /// (jurisdiction, comparator, value, unit, deadline) of a canonical indicator's entries.
  private func entries(_ c: Comparison, _ canonical: String) -> Set<String> {
    Set(
      (c.indicators.first { $0.canonical == canonical }?.entries ?? []).map {
        "\($0.jurisdiction) \($0.comparator) \(ReportFiguresForTests.number($0.value))\($0.unit ?? "") \($0.deadline.map(String.init) ?? "-")"
      })
  }

  @Test("the indicator table aligns the corpus plans' figures")
  func alignsIndicators() throws {
    let c = try Self.comparison()
    #expect(
      entries(c, "养老机构护理型床位占比")
        == ["兖州区 >= 55% 2025", "茌平区 >= 70% 2025", "泰山区 >= 55% -", "济宁市 >= 70% 2026"])
    #expect(entries(c, "城市社区养老服务设施配建达标率").isSuperset(of: ["茌平区 = 100% 2025", "济宁市 = 100% -"]))
    #expect(entries(c, "养老机构医养结合服务覆盖率") == ["茌平区 = 100% 2025", "济宁市 = 100% -"])
    #expect(entries(c, "福彩公益金用于养老服务的比例") == ["茌平区 >= 55% -", "济宁市 >= 55% -"])
    #expect(entries(c, "新建居住区每百户养老服务设施配建面积") == ["茌平区 >= 20平方米 -", "青岛市 >= 20平方米 -"])
  }

  @Test("distinct variants of 特困人员集中供养率 stay apart")
  func variantsStayApart() throws {
    let c = try Self.comparison()
    let willing = try #require(c.indicators.first { $0.canonical == "有集中供养意愿的特困人员集中供养率" })
    let disabled = try #require(c.indicators.first { $0.canonical == "失能特困人员集中供养率" })
    #expect(willing.entries.allSatisfy { $0.indicator.contains("意愿") })
    #expect(disabled.entries.allSatisfy { $0.indicator.contains("失能") && !$0.indicator.contains("意愿") })
  }

  @Test("the highest and lowest ambition are marked")
  func ambition() throws {
    let c = try Self.comparison()
    let beds = try #require(c.indicators.first { $0.canonical == "养老机构护理型床位占比" })
    #expect(Set(beds.entries.filter { $0.ambition == "highest" }.map(\.jurisdiction)) == ["茌平区", "济宁市"])
    #expect(Set(beds.entries.filter { $0.ambition == "lowest" }.map(\.jurisdiction)).isSuperset(of: ["兖州区"]))
  }

  @Test("every entry quotes its source exactly")
  func quotesAreSourceSlices() throws {
    let c = try Self.comparison()
    for document in c.documents {
      let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(document.path), encoding: .utf8)
      for row in c.indicators {
        for e in row.entries where e.document == document.id {
          #expect(TestSupport.slice(text, e.span) == e.quote)
        }
      }
    }
  }

  @Test("shared provisions, departments and themes are found")
  func sectionsHaveContent() throws {
    let c = try Self.comparison()
    let plans = c.documents.count
    #expect(c.alignments.count == plans * (plans - 1) / 2, "one alignment per pair of plans")
    #expect(c.alignments.contains { !$0.matches.isEmpty })
    let civil = try #require(c.departments.first { $0.canonical == "民政局" })
    #expect(civil.cells.filter { $0.lead > 0 }.count >= 3)
    let medical = try #require(c.themes.first { $0.theme == "医养结合" })
    #expect(medical.cells.filter { $0.count > 0 }.count >= 4)
    let home = try #require(c.themes.first { $0.theme == "居家社区养老" })
    #expect(home.cells.allSatisfy { $0.count > 0 })
    let shared = c.alignments.flatMap(\.matches)
    #expect(shared.contains { $0.first.contains("加强组织领导") && $0.second.contains("加强组织领导") })
    #expect(c.timeline.contains { $0.year == 2025 })
  }

  @Test("the committed reports/ are what the main command writes now (snapshot)")
  func committedReportsAreCurrent() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-report-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let written = try ComparisonReportWriter().write(
      try Self.comparison(), to: dir, formats: ReportFormat.allCases, title: "PlanLens comparison")
    let reports = TestSupport.packageRoot.appendingPathComponent("reports")
    let committedFiles =
      ["comparison.md", "comparison.html", "comparison.json", "comparison.xlsx"]
      + ((try? FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent("csv").path)) ?? [])
      .filter { $0.hasSuffix(".csv") }.map { "csv/" + $0 }
    #expect(Set(written) == Set(committedFiles), "the files written are the committed reports/, no more, no fewer")
    for name in written {
      // Byte for byte: the workbook is reproducible too.
      let fresh = try Data(contentsOf: dir.appendingPathComponent(name))
      let committed = try? Data(contentsOf: reports.appendingPathComponent(name))
      #expect(committed == fresh, "reports/\(name) is stale: run the README's main command and commit reports/")
    }
  }

  @Test("the HTML is self-contained and escapes document text")
  func htmlIsSelfContainedAndEscaped() throws {
    var docs = try Self.corpusDocuments()
    docs[0].meta.title = "<script>alert(1)</script>"
    let html = try ComparisonHTMLRenderer().render(ComparisonBuilder().compare(docs))
    #expect(!html.contains("<script>alert(1)</script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(
      !html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import")
        && !html.contains("url("))
    #expect(html.contains("<svg"))
    #expect(html.contains("class=\"sortable\""))
  }

  @Test("the same plans give the same bytes")
  func deterministic() throws {
    let docs = try Self.corpusDocuments()
    let a = try ComparisonHTMLRenderer().render(ComparisonBuilder().compare(docs))
    let b = try ComparisonHTMLRenderer().render(ComparisonBuilder().compare(docs.reversed()))
    #expect(a == b)
  }
}

/// Number formatting for assertions.
enum ReportFiguresForTests {
  static func number(_ v: Double) -> String {
    v.rounded() == v ? String(Int64(v)) : String(v)
  }
}
