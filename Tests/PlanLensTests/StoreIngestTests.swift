import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensStore
import Testing

/// `planlens ingest` and the store's writes: idempotence, lineages, atomic documents, concurrency.
@Suite("Store: ingest")
struct StoreIngestTests {
  @Test("ingesting the corpus twice adds nothing the second time")
  func idempotent() async throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    let ingester = try CorpusIngester(store: store)
    let files = FileCollector().files(in: [TestSupport.corpus.path])
    #expect(files.count == 5)
    let first = await ingester.ingest(files: files)
    #expect(first.added == 5)
    #expect(first.failed == 0)
    let counts = try store.rowCounts()
    #expect(counts["documents"] == 5)
    let provisions = try files.map { try StoreQueryTests.extract($0).provisions.count }.reduce(0, +)
    #expect(counts["provisions"] == provisions)
    #expect(provisions > 100)
    let second = await ingester.ingest(files: files)
    #expect(second.added == 0)
    #expect(second.unchanged == 5)
    #expect(try store.rowCounts() == counts)
  }

  @Test("ids follow the order of the files, whatever finishes first")
  func orderedIDs() async throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    let files = StoreTestSupport.corpusFiles()
    _ = try await CorpusIngester(store: store).ingest(files: files, concurrency: 3)
    let list = try DocumentList(store: store).table()
    let pathsByID = Dictionary(
      uniqueKeysWithValues: zip(list.values("id").compactMap { Int($0) }, list.values("path")))
    #expect(files.indices.map { pathsByID[$0 + 1] } == files.map(Optional.some))
  }

  @Test("a draft and its final text become one lineage, draft first")
  func draftAndFinal() async throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let draftText = try TestSupport.corpusText("shandong-liaocheng-chiping-elderly-care-plan-2021-2025-draft.txt")
    #expect(draftText.contains("（征求意见稿）"))
    let finalText = draftText.replacingOccurrences(of: "（征求意见稿）", with: "")
    // The final is ingested first: the version order must still put the draft first.
    let finalFile = folder.appendingPathComponent("a-final.txt")
    let draftFile = folder.appendingPathComponent("b-draft.txt")
    try finalText.write(to: finalFile, atomically: true, encoding: .utf8)
    try draftText.write(to: draftFile, atomically: true, encoding: .utf8)
    let store = try PlanStore.open(path: folder.appendingPathComponent("db.sqlite").path)
    let summary = try await CorpusIngester(store: store).ingest(files: [finalFile.path, draftFile.path])
    #expect(summary.added == 2)
    #expect(summary.newVersions == 1)

    let table = try LineageList(store: store).table()
    #expect(table.rows.count == 2)
    #expect(Set(table.values("lineage")).count == 1)
    #expect(table.values("status") == ["draft", "final"])
    #expect(table.values("version") == ["1/2", "2/2"])
    #expect(table.values("path") == [draftFile.path, finalFile.path])
    #expect(table.values("stem") == ["聊城市茌平区养老服务体系规划", "聊城市茌平区养老服务体系规划"])
  }

  @Test("successive editions of a plan share a lineage, earlier edition first")
  func editions() throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    let writer = try DocumentWriter(store: store)
    let later = try StoreTestSupport.document(
      "济宁市兖州区“十四五”养老服务发展规划\n\n一、总体要求\n到2025年，护理型床位占比达到55%。\n",
      path: "later.txt", sha256: "b1")
    let earlier = try StoreTestSupport.document(
      "济宁市兖州区“十三五”养老服务发展规划\n\n一、总体要求\n到2020年，护理型床位占比达到30%。\n",
      path: "earlier.txt", sha256: "a1")
    #expect(later.document.meta.period.start == 2021)
    #expect(earlier.document.meta.period.start == 2016)
    let first = try writer.store(later)
    let second = try writer.store(earlier)
    guard case .added(_, let lineage1, false) = first, case .added(_, let lineage2, true) = second else {
      Issue.record("expected two added documents, the second a new version: \(first), \(second)")
      return
    }
    #expect(lineage1 == lineage2)
    #expect(try LineageList(store: store).table().values("path") == ["earlier.txt", "later.txt"])
  }

  @Test("a document failing half-way through its transaction leaves no row behind")
  func atomicDocument() throws {
    let store = try PlanStore.open(path: try StoreTestSupport.databasePath())
    let writer = try DocumentWriter(store: store)
    let files = StoreTestSupport.corpusFiles()
    try StoreTestSupport.ingest([files[0]], into: store)
    let before = try store.rowCounts()

    // A document of a place not stored yet (朝阳区, Beijing) whose last provision names a heading
    // it lacks: jurisdiction, lineage, document, headings and provisions are written before the
    // writer finds out.
    var broken = try StoreTestSupport.document(
      try TestSupport.corpusText("shandong-jining-yanzhou-elderly-care-plan-2021-2025.txt"), path: "broken.txt",
      sha256: "broken")
    var document = broken.document
    document.meta.jurisdiction = Jurisdiction(province: "北京市", city: "北京市", county: "朝阳区", code: "110105000000")
    document.provisions[document.provisions.count - 1].heading = "h9999"
    broken = try PreparedDocument(document: document, text: broken.text)
    #expect(throws: StoreError.self) { try writer.store(broken) }
    #expect(try store.rowCounts() == before)
    let check = try IntegrityReport.check(store)
    #expect(check.isSound)

    // The store still takes good documents afterwards.
    try StoreTestSupport.ingest([files[1]], into: store)
    #expect(try store.rowCounts()["documents"] == 2)
  }

  @Test("a bad file in the middle of a batch is reported and leaves nothing; the others go in")
  func badFileInBatch() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let files = StoreTestSupport.corpusFiles()
    try FileManager.default.copyItem(atPath: files[0], toPath: folder.appendingPathComponent("a.txt").path)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
      .write(to: folder.appendingPathComponent("b.txt"))
    try FileManager.default.copyItem(atPath: files[4], toPath: folder.appendingPathComponent("c.txt").path)
    let database = folder.appendingPathComponent("db.sqlite").path
    let r = try CommandLineTests.run(["ingest", folder.path, "--db", database])
    #expect(r.status == 1)
    let errors = r.stderr.split(separator: "\n").map(String.init)
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("error: \(folder.path)/b.txt: ") == true)
    #expect(errors.first?.contains("binary") == true)
    #expect(r.stdout.contains("2 added, 0 unchanged, 0 new versions, 1 failed"))

    let store = try PlanStore.open(path: database, create: false)
    let expected = try PlanStore.open(path: try StoreTestSupport.databasePath())
    try StoreTestSupport.ingest([files[0], files[4]], into: expected)
    #expect(try store.rowCounts() == (try expected.rowCounts()))
    #expect(
      try DocumentList(store: store).table().values("path").sorted() == [
        folder.path + "/a.txt", folder.path + "/c.txt",
      ])
  }

  @Test("two ingest processes on one new database both succeed and store each document once")
  func concurrentProcesses() throws {
    let database = try StoreTestSupport.databasePath()
    let first = try StoreTestSupport.start(["ingest", "corpus", "--db", database])
    let second = try StoreTestSupport.start(["ingest", "corpus/", "--db", database])
    let a = first.finish()
    let b = second.finish()
    #expect(a.status == 0, "first: \(a.stderr)")
    #expect(b.status == 0, "second: \(b.stderr)")
    let added = [a, b].compactMap { run -> Int? in
      guard let match = run.stdout.firstMatch(of: /(\d+) added, (\d+) unchanged/) else { return nil }
      #expect(Int(match.1).map { $0 + (Int(match.2) ?? 0) } == 5)
      return Int(match.1)
    }
    #expect(added.count == 2)
    #expect(added.reduce(0, +) == 5)
    let store = try PlanStore.open(path: database, create: false)
    #expect(try store.rowCounts()["documents"] == 5)
    #expect(try IntegrityReport.check(store).isSound)
  }

  @Test("two writers in one process, each with its own connection pool, both get their documents in")
  func concurrentPools() async throws {
    let database = try StoreTestSupport.databasePath()
    let files = StoreTestSupport.corpusFiles()
    let one = try CorpusIngester(store: PlanStore.open(path: database))
    let two = try CorpusIngester(store: PlanStore.open(path: database))
    async let a = one.ingest(files: Array(files.prefix(3)), concurrency: 1)
    async let b = two.ingest(files: Array(files.suffix(3)), concurrency: 1)
    let (first, second) = await (a, b)
    #expect(first.failed == 0)
    #expect(second.failed == 0)
    #expect(first.added + second.added == 5)
    #expect(first.unchanged + second.unchanged == 1)
    #expect(try PlanStore.open(path: database).rowCounts()["documents"] == 5)
  }
}
