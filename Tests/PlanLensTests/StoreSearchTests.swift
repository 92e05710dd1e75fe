import Foundation
import PlanLensStore
import Testing

/// `planlens search`: ICU-segmented FTS5 with bm25 ranking, heading paths and snippets.
@Suite("Store: search")
struct StoreSearchTests {
  @Test("护理型床位 on the corpus: the provisions that name it come first, with place, path and snippet")
  func corpusSearch() throws {
    let store = try StoreTestSupport.corpusStore.get()
    let hits = try ProvisionSearch(store: store).search("护理型床位", limit: 10)
    #expect(hits.count >= 5)
    #expect(hits.map(\.rank) == Array(1...hits.count))
    guard let first = hits.first else { return }
    #expect(first.exactPhrase)
    let document = try DocumentLoader(store: store).load(id: first.documentID)
    let provision = document.provisions.first { $0.id == first.provision }
    #expect(provision?.text.contains("护理型床位") == true)
    #expect(first.snippet.contains(SnippetPart(text: "护理型床位", highlighted: true)))
    #expect(!first.headingPath.isEmpty)
    #expect(first.jurisdiction.hasPrefix("山东省 "))
    // Phrase hits come before looser ones, each group by bm25 (lower is better).
    let exact = hits.prefix { $0.exactPhrase }
    #expect(hits.dropFirst(exact.count).allSatisfy { !$0.exactPhrase })
    #expect(zip(exact, exact.dropFirst()).allSatisfy { $0.score <= $1.score })
    // Every phrase hit holds the phrase in its text.
    for hit in exact {
      let text = try DocumentLoader(store: store).load(id: hit.documentID).provisions.first { $0.id == hit.provision }?
        .text
      #expect(text?.contains("护理型床位") == true)
    }
  }

  @Test("the provision that names the query ranks above one that only mentions its words apart")
  func phraseRanksFirst() throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    let writer = try DocumentWriter(store: store)
    let scattered = try StoreTestSupport.document(
      """
      甲市养老服务发展规划

      一、加强护理服务
      护理人员培训、护理服务规范、床位管理、床位调度要统筹推进，按A型、B型标准配置护理设备，护理和床位工作同步部署。
      二、保障措施
      加强组织领导。
      """, path: "scattered.txt", sha256: "scattered")
    let named = try StoreTestSupport.document(
      """
      乙市养老服务发展规划

      一、优化床位结构
      到2025年，养老机构护理型床位占比达到60%。
      二、保障措施
      加强组织领导。
      """, path: "named.txt", sha256: "named")
    try writer.store(scattered)
    try writer.store(named)
    let hits = try ProvisionSearch(store: store).search("护理型床位")
    #expect(hits.first?.sourcePath == "named.txt")
    #expect(hits.first?.exactPhrase == true)
    #expect(hits.first?.headingPath == ["一、优化床位结构"])
    #expect(SnippetPart.render(hits.first?.snippet ?? []) == "一、优化床位结构 到2025年，养老机构[护理型床位]占比达到60%。")
    // The scattered provision has all three words (护理, 型, 床位), apart: it follows.
    #expect(hits.count == 2)
    #expect(hits.last?.sourcePath == "scattered.txt")
    #expect(hits.last?.exactPhrase == false)
    // Two words apart both match; the denser provision ranks first.
    let loose = try ProvisionSearch(store: store).search("护理床位")
    #expect(loose.first?.sourcePath == "scattered.txt")
  }

  @Test("full-width digits and letters find their ASCII forms")
  func widthFolding() throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    try DocumentWriter(store: store).store(
      try StoreTestSupport.document(
        "丙县养老服务实施方案\n\n一、主要目标\n到2025年，建成ＡＩ养老服务平台70个。\n二、保障措施\n加强领导。\n",
        path: "wide.txt", sha256: "wide"))
    #expect(try ProvisionSearch(store: store).search("AI养老").first?.sourcePath == "wide.txt")
    #expect(try ProvisionSearch(store: store).search("ａｉ 养老").count == 1)
  }

  @Test("a query without words is refused")
  func emptyQuery() throws {
    let store = try StoreTestSupport.corpusStore.get()
    #expect(throws: StoreError.emptyQuery(query: "，。 ")) {
      try ProvisionSearch(store: store).search("，。 ")
    }
  }

  @Test("search on the command line: text, JSON and Markdown with bold matches")
  func searchCommand() throws {
    let store = try StoreTestSupport.corpusStore.get()
    let text = try CommandLineTests.run(["search", "护理型床位", "--db", store.path, "--limit", "3"])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("1. 山东省 "))
    #expect(text.stdout.contains("[护理型床位]"))
    #expect(text.stdout.contains("\n3. "))
    #expect(!text.stdout.contains("\n4. "))
    let json = try CommandLineTests.run(["search", "护理型床位", "--db", store.path, "--format", "json"])
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.first?["rank"] as? Int == 1)
    #expect((rows?.first?["snippet"] as? String)?.contains("[护理型床位]") == true)
    let md = try CommandLineTests.run(["search", "家庭养老床位", "--db", store.path, "--format", "md"])
    #expect(md.stdout.contains("**家庭养老床位**"))
  }
}
