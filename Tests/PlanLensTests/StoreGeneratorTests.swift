import Foundation
import PlanLensGenerate
import PlanLensPipeline
import PlanLensReport
import PlanLensStore
import Testing

/// The corpus generator for scale tests, and the title stems that group versions.
@Suite("Store: generator and lineage stems")
struct StoreGeneratorTests {
  @Test("the same seed writes the same plans; another seed other plans")
  func deterministic() throws {
    let generator = try CorpusGenerator(corpus: TestSupport.corpus.path)
    let a = try StoreTestSupport.temporaryFolder()
    let b = try StoreTestSupport.temporaryFolder()
    let c = try StoreTestSupport.temporaryFolder()
    #expect(try generator.generate(count: 9, seed: 42, into: a.path) == 9)
    try generator.generate(count: 9, seed: 42, into: b.path)
    try generator.generate(count: 9, seed: 43, into: c.path)
    let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
    #expect(names.first == "plan-000001.txt")
    #expect(names.count == 9)
    for name in names {
      let one = try Data(contentsOf: a.appendingPathComponent(name))
      #expect(one == (try Data(contentsOf: b.appendingPathComponent(name))), "\(name)")
    }
    let first = try String(contentsOf: a.appendingPathComponent("plan-000001.txt"), encoding: .utf8)
    let other = try String(contentsOf: c.appendingPathComponent("plan-000001.txt"), encoding: .utf8)
    #expect(first != other)
  }

  @Test("generated plans are plans of other places, and drafts with their finals form lineages")
  func generatedPlans() async throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let r = try CommandLineTests.run(["generate", "--count", "12", "--out", folder.path, "--seed", "7"])
    #expect(r.status == 0)
    #expect(r.stderr == "wrote 12 plans to \(folder.path)\n")
    let first = try String(contentsOf: folder.appendingPathComponent("plan-000001.txt"), encoding: .utf8)
    let second = try String(contentsOf: folder.appendingPathComponent("plan-000002.txt"), encoding: .utf8)
    #expect(first.split(separator: "\n").dropFirst().first == "（征求意见稿）")
    #expect(!second.contains("征求意见稿"))
    #expect(first.contains("一、") && first.contains("（一）"))

    let store = try PlanStore.open(path: folder.appendingPathComponent("db.sqlite").path)
    let summary = try await CorpusIngester(store: store).ingest(files: FileCollector().files(in: [folder.path]))
    #expect(summary.added == 12)
    #expect(summary.failed == 0)
    // Families 0, 4 and 8 come as draft and final: plans 1–2, 6–7 and 11–12.
    #expect(summary.newVersions == 3)
    let versions = try LineageList(store: store, minimumVersions: 2).table()
    #expect(versions.values("status") == ["draft", "final", "draft", "final", "draft", "final"])
    #expect(Set(versions.values("document_id")) == ["1", "2", "6", "7", "11", "12"])
    let places = Set(try DocumentList(store: store).table().values("jurisdiction"))
    #expect(places.count >= 8)
    #expect(try QuantityQuery().rows(in: store).count > 12)
  }

  @Test("numbers are scaled, dates and years are kept")
  func perturbation() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let generator = try CorpusGenerator(corpus: TestSupport.corpus.path)
    try generator.generate(count: 30, seed: 1, into: folder.path)
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for match in text.matches(of: /(\d+)月(\d+)日/) {
        #expect((1...12).contains(Int(match.1) ?? 0), "\(name): \(match.0)")
        #expect((1...31).contains(Int(match.2) ?? 0), "\(name): \(match.0)")
      }
      for match in text.matches(of: /(\d+(?:\.\d+)?)%/) {
        #expect((Double(match.1) ?? 1000) <= 100, "\(name): \(match.0)")
      }
    }
  }

  @Test("title stems drop draft markers, years, periods and quotes")
  func stems() throws {
    let stems = try TitleStem.standard()
    #expect(stems.stem("聊城市茌平区“十四五”养老服务体系规划（征求意见稿）") == "聊城市茌平区养老服务体系规划")
    #expect(stems.stem("聊城市茌平区“十三五”养老服务体系规划") == "聊城市茌平区养老服务体系规划")
    #expect(stems.stem("济宁市养老服务高质量发展三年行动方案（2024—2026年）") == "济宁市养老服务高质量发展三年行动方案")
    #expect(stems.stem("济宁市养老服务高质量发展三年行动方案（2021-2023年）（草案）") == "济宁市养老服务高质量发展三年行动方案")
    #expect(stems.stem("《某县2022年度老龄工作要点》（送审稿）") == "某县老龄工作要点")
    #expect(stems.stem("某市十四五时期养老服务规划（试行）") == "某市养老服务规划")
    #expect(stems.stem("关于推进基本养老服务体系建设的实施意见") == "关于推进基本养老服务体系建设的实施意见")
  }
}
