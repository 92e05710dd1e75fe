import Foundation
import PlanLensModel
import Testing

/// The corpus manifest (corpus/manifest.json).
struct CorpusManifest: Decodable {
  struct Entry: Decodable, Sendable, CustomStringConvertible {
    struct Place: Decodable, Sendable {
      var province: String?
      var city: String?
      var county: String?
    }
    var file: String
    var originalFile: String
    var title: String
    var jurisdiction: Place
    var level: AdministrativeLevel
    var docType: String
    var status: DocumentStatus
    var sha256: String
    var description: String { file }
  }
  var documents: [Entry]

  static func load() throws -> CorpusManifest {
    let data = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("manifest.json"))
    return try JSONDecoder().decode(CorpusManifest.self, from: data)
  }

  static var entries: [Entry] { (try? load().documents) ?? [] }
}

@Suite("End to end over corpus/")
struct CorpusEndToEndTests {
  @Test("the manifest names five documents that exist")
  func manifestIsComplete() throws {
    let manifest = try CorpusManifest.load()
    #expect(manifest.documents.count == 5)
    for entry in manifest.documents {
      #expect(FileManager.default.fileExists(atPath: TestSupport.corpus.appendingPathComponent(entry.file).path))
    }
  }

  @Test("metadata agrees with the manifest", arguments: CorpusManifest.entries)
  func metadataMatchesManifest(entry: CorpusManifest.Entry) throws {
    let doc = try TestSupport.extract(try TestSupport.corpusText(entry.file), path: entry.file)
    #expect(doc.meta.jurisdiction.province == entry.jurisdiction.province)
    #expect(doc.meta.jurisdiction.city == entry.jurisdiction.city)
    #expect(doc.meta.jurisdiction.county == entry.jurisdiction.county)
    #expect(doc.meta.level == entry.level)
    #expect(doc.meta.docType == entry.docType)
    #expect(doc.meta.status == entry.status)
    #expect(entry.title.hasPrefix(doc.meta.title ?? "-"))
  }

  @Test("every heading span slices the source to its label and title", arguments: CorpusManifest.entries)
  func headingSpans(entry: CorpusManifest.Entry) throws {
    let text = try TestSupport.corpusText(entry.file)
    let doc = try TestSupport.extract(text, path: entry.file)
    #expect(!doc.headings.isEmpty)
    for h in doc.headings {
      let slice = TestSupport.slice(text, h.span)
      #expect(slice.hasPrefix(h.label), "\(h.id) \(slice)")
      #expect(slice.hasSuffix(h.title), "\(h.id) \(slice)")
    }
    for p in doc.provisions {
      #expect(TestSupport.slice(text, p.span).hasPrefix(p.label))
    }
  }

  /// Each plan's chapters (its level-1 headings as label + title, in order) and how many levels
  /// of numbering it nests: what its outline must get right, named so that a failure says which.
  static let outlines: [String: (chapters: [String], depth: Int)] = [
    "shandong-jining-yanzhou-elderly-care-plan-2021-2025.txt": (["第一章发展背景", "第二章总体要求", "第三章主要任务", "第四章实施保障"], 4),
    "shandong-liaocheng-chiping-elderly-care-plan-2021-2025-draft.txt": (["总体要求", "二、主要任务", "三、保障措施"], 3),
    "shandong-taian-taishan-elderly-care-demonstration-scheme-2021.txt": (
      [
        "1、总体要求", "2、基本原则", "三、创建示范内容", "四、实施步骤", "五、保障措施",
        "附件泰山区创建全省县域养老服务体系创新示范区工作领导小组人员名单",
      ], 2
    ),
    "shandong-qingdao-basic-elderly-care-opinions-draft.txt": (
      [
        "一、总体要求", "二、明确基本养老服务对象", "三、建立基本养老服务分类保障制度", "四、强化基本养老服务要素保障",
        "五、推动养老事业与养老产业协同发展", "六、组织领导",
      ], 3
    ),
    "shandong-jining-elderly-care-action-plan-2024-2026.txt": (["一、总体要求", "二、重点任务", "三、保障措施"], 3),
  ]

  @Test("the outline has the plan's chapters, in order, and nests its numbering as deep as the plan does")
  func outlineChaptersAndDepth() throws {
    for (file, expected) in Self.outlines {
      let doc = try TestSupport.extract(try TestSupport.corpusText(file), path: file)
      let chapters = doc.headings.filter { $0.level == 1 }.map { $0.label + $0.title }
      #expect(chapters == expected.chapters, "\(file): chapters (level-1 headings)")
      #expect(doc.headings.map(\.level).max() == expected.depth, "\(file): levels of numbering")
    }
  }

  @Test("every heading hangs from a heading one level up, or is a chapter", arguments: CorpusManifest.entries)
  func outlineIsATree(_ entry: CorpusManifest.Entry) throws {
    let doc = try TestSupport.extract(try TestSupport.corpusText(entry.file), path: entry.file)
    let byID = Dictionary(uniqueKeysWithValues: doc.headings.map { ($0.id, $0) })
    for h in doc.headings {
      let parentLevel = h.parent.flatMap { byID[$0]?.level } ?? 0
      #expect(parentLevel == h.level - 1, "\(entry.file): heading \(h.id) “\(h.label)\(h.title)” at level \(h.level)")
    }
  }

  @Test("the cover notice of the Taishan scheme is kept apart from its body")
  func noticeKeptApart() throws {
    let file = "shandong-taian-taishan-elderly-care-demonstration-scheme-2021.txt"
    let text = try TestSupport.corpusText(file)
    let doc = try TestSupport.extract(text, path: file)
    let notice = try #require(doc.notice)
    let noticeText = TestSupport.slice(text, notice)
    #expect(noticeText.contains("关于印发"))
    #expect(noticeText.contains("泰山政办发〔2021〕9号"))
    #expect(doc.headings.allSatisfy { $0.span.start >= notice.end })
    #expect(doc.headings.last?.label == "附件")
    #expect(doc.meta.docNumber == "泰山政办发〔2021〕9号")
    #expect(doc.meta.issueDate == "2021-08-31")
    #expect(doc.meta.issuer == "泰安市泰山区人民政府办公室")
  }

  @Test("glued headings of the Chiping draft are found under the right parents")
  func gluedHeadingsInCorpus() throws {
    let file = "shandong-liaocheng-chiping-elderly-care-plan-2021-2025-draft.txt"
    let doc = try TestSupport.extract(try TestSupport.corpusText(file), path: file)
    let byID = Dictionary(uniqueKeysWithValues: doc.headings.map { ($0.id, $0) })
    let parentTitle = { (title: String) in
      doc.headings.first { $0.title == title }.flatMap { $0.parent }.flatMap { byID[$0]?.title }
    }
    #expect(doc.headings.contains { $0.label == "二、" && $0.title == "主要任务" && $0.level == 1 })
    #expect(parentTitle("推进医养康养深度融合") == "主要任务")
    #expect(parentTitle("加强人才队伍建设") == "主要任务")
    #expect(parentTitle("保障老年人合法权益") == "健全老年人关爱服务体系")
    #expect(parentTitle("扩大老年产品供给") == "发展壮大养老产业")
  }
}
