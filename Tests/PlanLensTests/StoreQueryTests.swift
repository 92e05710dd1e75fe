import Foundation
import PlanLensIngest
import PlanLensModel
import PlanLensPipeline
import PlanLensReport
import PlanLensStore
import PlanLensText
import Testing

/// The query commands on the stored corpus: list, show, targets --db, departments, versions.
@Suite("Store: queries")
struct StoreQueryTests {
  let store: PlanStore

  init() throws {
    store = try StoreTestSupport.corpusStore.get()
  }

  @Test("list: one row per document, sorted by jurisdiction in pinyin order, with counts")
  func list() throws {
    let table = try DocumentList(store: store).table()
    #expect(table.rows.count == StoreTestSupport.corpusFiles().count, "one row per corpus plan")
    // 济宁 (ji) < 聊城 (liao) < 青岛 (qing) < 泰安 (tai); 济宁市 before 济宁市 兖州区.
    #expect(
      table.values("jurisdiction") == [
        "山东省 济宁市", "山东省 济宁市 兖州区", "山东省 聊城市 茌平区", "山东省 青岛市", "山东省 泰安市 泰山区",
      ])
    #expect(table.values("status") == ["final", "final", "draft", "draft", "final"])
    #expect(table.values("type") == ["行动方案", "规划", "规划", "实施意见", "实施方案"])
    #expect(table.values("period") == ["2024–2026", "2021–2025", "2021–2025", "–2025", "2021"])
    // Counts are those of the extraction, document by document.
    let extracted = try table.values("path").map { try StoreQueryTests.extract($0) }
    #expect(table.values("provisions") == extracted.map { String($0.provisions.count) })
    #expect(table.values("headings") == extracted.map { String($0.headings.count) })
    #expect(table.values("quantities") == extracted.map { String($0.quantities.count) })
    #expect(table.values("responsibilities") == extracted.map { String($0.responsibilities.count) })
    #expect(table.values("version").allSatisfy { $0 == "1/1" })
  }

  @Test("list on the command line, as JSON and Markdown")
  func listCommand() throws {
    let database = try StoreTestSupport.corpusStore.get().path
    let json = try CommandLineTests.run(["list", "--db", database, "--format", "json"])
    #expect(json.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == StoreTestSupport.corpusFiles().count, "one object per corpus plan")
    #expect(rows?.first?["title"] as? String == "济宁市养老服务高质量发展三年行动方案（2024—2026年）")
    let jining = try StoreQueryTests.extract(rows?.first?["path"] as? String ?? "")
    #expect(rows?.first?["quantities"] as? Int == jining.quantities.count)
    let md = try CommandLineTests.run(["list", "--db", database, "--format", "md"])
    #expect(md.stdout.hasPrefix("| id | jurisdiction | title |"))
    #expect(
      md.stdout.split(separator: "\n").count == 2 + StoreTestSupport.corpusFiles().count,
      "header and rule, then one line per corpus plan")
  }

  @Test("show: a document by id, sha256 prefix or path, as text, JSON, CSV and Markdown")
  func show() throws {
    let loader = DocumentLoader(store: store)
    let path = TestSupport.corpus.appendingPathComponent(
      "shandong-taian-taishan-elderly-care-demonstration-scheme-2021.txt"
    ).path
    let id = try loader.resolve(path)
    #expect(try loader.resolve("6cfbbc39") == id)
    #expect(try loader.resolve(String(id)) == id)
    #expect(throws: StoreError.unknownDocument(reference: "nothing-like-this")) {
      try loader.resolve("nothing-like-this")
    }
    let report = DocumentReport(store: store)
    let text = try report.render(String(id), as: .text)
    #expect(text.hasPrefix("document \(id) · sha256 6cfbbc39b398 · lineage "))
    #expect(text.contains("泰山区创建全省县域养老服务体系创新示范区实施方案"))
    let extracted = try StoreQueryTests.extract(path)
    #expect(
      text.contains("\(extracted.headings.count) headings, \(extracted.provisions.count) provisions"),
      "the stored document has the extraction's headings and provisions")
    let csv = try report.render(String(id), as: .csv).split(separator: "\n")
    #expect(csv.count == 1 + extracted.headings.count, "a header row, then one row per heading")
    #expect(csv.first == "heading,level,label,title,parent,provisions,quantities,responsibilities,span_start,span_end")
    #expect(csv.contains { $0.hasPrefix("h6,1,三、,创建示范内容,,6,") && $0.hasSuffix(",6,900,908") })
    let md = try report.render(String(id), as: .md)
    #expect(md.hasPrefix("# 泰山区创建全省县域养老服务体系创新示范区实施方案\n"))
    #expect(md.contains("## Outline") && md.contains("## Milestones"))
    let json = try report.render(String(id), as: .json)
    let decoded = try JSONDecoder().decode(ExtractedDocument.self, from: Data(json.utf8))
    #expect(decoded.meta.docNumber == "泰山政办发〔2021〕9号")
    #expect(decoded.quantities.count == (try StoreQueryTests.extract(path).quantities.count))

    let cli = try CommandLineTests.run(["show", "6cfbbc39", "--db", store.path])
    #expect(cli.status == 0)
    #expect(cli.stdout == text)
    let missing = try CommandLineTests.run(["show", "ffff0000", "--db", store.path])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("error: ffff0000: no stored document"))
  }

  @Test("targets --db: filters by indicator, jurisdiction (with places inside it), kind and year")
  func targets() throws {
    // The corpus documents in the order `list` gives (jurisdiction, pinyin), as extracted now.
    let documents = try DocumentList(store: store).table().values("path").map { try StoreQueryTests.extract($0) }
    let rows = documents.flatMap { QuantityRow.rows(of: $0) }

    let beds = try QuantityQuery(indicator: "护理型床位").rows(in: store)
    let expectedBeds = rows.filter { $0.indicator.contains("护理型床位") }
    #expect(beds.count >= 4)
    #expect(beds.map(\.jurisdiction) == expectedBeds.map(\.jurisdiction))
    #expect(beds.map(\.value) == expectedBeds.map(\.value))
    #expect(beds.map(\.quote) == expectedBeds.map(\.quote))
    #expect(Set(beds.compactMap(\.jurisdiction)) == ["济宁市", "兖州区", "茌平区", "泰山区"])

    let jining = try QuantityQuery(jurisdiction: "济宁市").rows(in: store)
    #expect(Set(jining.compactMap(\.jurisdiction)) == ["济宁市", "兖州区"])
    #expect(jining.count == rows.filter { ["济宁市", "兖州区"].contains($0.jurisdiction) }.count)
    #expect(try QuantityQuery(jurisdiction: "济宁").rows(in: store).count == jining.count)
    #expect(
      try QuantityQuery(jurisdiction: "兖州区").rows(in: store).count == rows.filter { $0.jurisdiction == "兖州区" }.count)

    let due2025 = try QuantityQuery(kind: .target, year: 2025).rows(in: store)
    #expect(!due2025.isEmpty)
    #expect(due2025.allSatisfy { $0.kind == .target && $0.deadline == 2025 })
    let baselines = try QuantityQuery(kind: .baseline).rows(in: store)
    #expect(!baselines.isEmpty)
    #expect(baselines.allSatisfy { $0.kind == .baseline })

    // The database gives the rows `targets FILE` gives for the same document.
    let file = TestSupport.corpus.appendingPathComponent("shandong-jining-yanzhou-elderly-care-plan-2021-2025.txt")
    let fromFile = try CommandLineTests.run(["targets", file.path, "--format", "csv"])
    let fromDB = try CommandLineTests.run(["targets", "--db", store.path, "--jurisdiction", "兖州区", "--format", "csv"])
    #expect(fromDB.status == 0)
    #expect(fromDB.stdout == fromFile.stdout)
    let text = try CommandLineTests.run([
      "targets", "--db", store.path, "--indicator", "护理型床位", "--kind", "target", "--format", "text",
    ])
    #expect(text.stdout.split(separator: "\n").count == 2 + expectedBeds.filter { $0.kind == .target }.count)
    #expect(text.stdout.contains("新增护理型床位"))
  }

  @Test("departments: one row per department, and the tasks of one canonical department")
  func departments() throws {
    let all = try DepartmentQuery().table(in: store)
    #expect(all.columns == DepartmentQuery.summaryColumns)
    // One 民政局 per corpus plan that gives it a task (each plan is of another place).
    let documents = try DocumentList(store: store).table().values("path").map { try StoreQueryTests.extract($0) }
    let withCivilAffairs = documents.filter { d in
      d.responsibilities.contains { r in (r.lead + r.support).contains { $0.canonical == "民政局" } }
    }
    #expect(withCivilAffairs.count >= 3)
    let civil = all.rows.filter { $0.first == .text("民政局") }
    #expect(civil.count == withCivilAffairs.count)
    #expect(all.values("department").first == "财政局")  // cai < ...: pinyin order
    let names = all.values("department")
    let collator = try ChineseCollator()
    #expect(zip(names, names.dropFirst()).allSatisfy { collator.compare($0, $1) <= 0 })

    let tasks = try DepartmentQuery(canonical: "民政局").table(in: store)
    #expect(tasks.rows.count > 30)
    #expect(Set(tasks.values("department")) == ["民政局"])
    #expect(Set(tasks.values("role")).isSubset(of: ["lead", "support"]))
    #expect(Set(tasks.values("document_id")).count == withCivilAffairs.count)
    #expect(tasks.values("printed_as").contains("区民政局"))

    let cli = try CommandLineTests.run(["departments", "--canonical", "卫生健康委员会", "--db", store.path, "--format", "csv"])
    #expect(cli.status == 0)
    let lines = cli.stdout.split(separator: "\n")
    #expect(lines.first == "department,level,jurisdiction,document_id,document,heading,role,printed_as,quote")
    #expect(lines.count > 5)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("卫生健康委员会,") })
  }

  @Test("versions: each corpus plan is a lineage of its own")
  func versions() throws {
    let table = try LineageList(store: store).table()
    let plans = StoreTestSupport.corpusFiles().count
    #expect(table.rows.count == plans, "one row per corpus plan")
    #expect(Set(table.values("lineage")).count == plans, "each in a lineage of its own")
    #expect(table.values("stem").contains("济宁市养老服务高质量发展三年行动方案"))
    #expect(table.values("stem").contains("关于推进基本养老服务体系建设的实施意见"))
    #expect(try LineageList(store: store, minimumVersions: 2).table().rows.isEmpty)
    let cli = try CommandLineTests.run(["versions", "--db", store.path, "--format", "csv"])
    #expect(cli.stdout.split(separator: "\n").count == 1 + plans, "a header row, then one row per corpus plan")
  }

  @Test("query commands refuse a missing database with one error line")
  func missingDatabase() throws {
    let path = try StoreTestSupport.databasePath()
    for command in [["list"], ["versions"], ["departments"], ["search", "养老"], ["show", "1"], ["db", "check"]] {
      let r = try CommandLineTests.run(command + ["--db", path])
      #expect(r.status == 1)
      #expect(
        r.stderr == "error: \(path): no database here; run `planlens ingest FILES --db \(path)` first or pass --db\n")
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  /// The extraction of the corpus file at `path`, for counts that follow the extraction rules.
  static func extract(_ path: String) throws -> ExtractedDocument {
    try TestSupport.pipeline.extract(DocumentReader().read(path: path))
  }
}
