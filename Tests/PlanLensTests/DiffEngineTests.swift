import Foundation
import PlanLensDiff
import PlanLensModel
import Testing

/// The diff engine on the corpus and on small plans edited by hand: alignment, word redlines,
/// fact changes.
@Suite("Diff: engine")
struct DiffEngineTests {
  /// A small plan: two sections of numbered tasks with targets and responsibilities.
  static let plan = """
    某某区养老服务实施方案

    一、主要任务
    （一）完善服务网络
    1. 建设综合养老服务中心。每个街道建设1处综合养老服务中心，为老年人提供全托、日托、上门服务等综合服务。（牵头单位：区民政局，参与单位：区财政局）
    2. 发展社区嵌入式养老机构。支持养老机构延伸社区开展居家养老服务，着力发展认知障碍照护、精神康复等特色照护服务。（牵头单位：区民政局）
    3. 推进家庭养老床位建设。制定家庭养老床位建设管理办法，到2025年，全区家庭养老床位达到500张以上。（牵头单位：区民政局，参与单位：区卫健局）
    （二）提升服务质量
    4. 加强养老护理员培训。开展养老护理员职业技能培训和等级认定，到2025年，养老护理员持证上岗率达到90%以上。（牵头单位：区人社局）
    5. 推进医养结合发展。支持医疗机构与养老机构签约合作，推动基层医疗卫生机构为老年人提供健康管理服务。（牵头单位：区卫健局，参与单位：区民政局）
    6. 健全综合监管制度。建立养老服务质量评价制度，定期开展养老机构等级评定和服务质量抽查。（牵头单位：区民政局）
    二、保障措施
    （一）加强组织领导。建立养老服务工作协调机制，统筹推进各项任务落实，定期研究解决重大问题。
    （二）加强资金保障。统筹安排财政资金和福彩公益金，支持养老服务设施建设和运营。

    """

  static func replacing(_ pairs: [(String, String)], in text: String = plan) -> String {
    pairs.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  static func change(of caption: String, in diff: DocumentDiff) -> ProvisionChange? {
    diff.provisions.first { ($0.new ?? $0.old)?.caption.hasPrefix(caption) ?? false }
  }

  @Test("the small plan extracts as the tests assume")
  func planShape() throws {
    let doc = try TestSupport.extract(Self.plan)
    #expect(doc.provisions.map(\.label) == ["1.", "2.", "3.", "4.", "5.", "6.", "（一）", "（二）"])
    #expect(doc.quantities.contains { $0.value == 500 && $0.deadline?.year == 2025 })
    #expect(doc.responsibilities.count == 6)
  }

  @Test("a document diffed with itself has no changes", arguments: DiffTestSupport.corpusFiles)
  func selfDiff(file: String) throws {
    let text = try TestSupport.corpusText(file)
    let doc = try TestSupport.extract(text, path: file)
    let diff = try DiffTestSupport.differ.diff(
      old: DiffInput(document: doc, sourceText: text), new: DiffInput(document: doc, sourceText: text))
    #expect(!diff.summary.hasChanges)
    #expect(diff.summary.unchanged == doc.provisions.count)
    #expect(diff.factChanges.isEmpty)
    #expect(diff.sections.isEmpty)
    #expect(diff.provisions.allSatisfy { $0.kind == .unchanged && $0.old?.id == $0.new?.id && $0.runs.isEmpty })
  }

  @Test("inserting a task and renumbering the rest reports one addition and nothing else")
  func insertAndRenumber() throws {
    let new = Self.replacing([
      ("6. 健全", "7. 健全"), ("5. 推进", "6. 推进"), ("4. 加强", "5. 加强"), ("3. 推进", "4. 推进"), ("2. 发展", "3. 发展"),
      (
        "（牵头单位：区民政局，参与单位：区财政局）\n",
        "（牵头单位：区民政局，参与单位：区财政局）\n2. 推广康复辅助器具社区租赁。建设康复辅助器具社区租赁服务网点，推动辅助器具进家庭、进机构。\n"
      ),
    ])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.summary.added == 1)
    #expect(diff.summary.unchanged == 8)
    #expect(diff.summary.reworded + diff.summary.moved + diff.summary.removed == 0)
    #expect(diff.factChanges.isEmpty)
    #expect(Self.change(of: "2. 推广", in: diff)?.kind == .added)
    #expect(Self.change(of: "7. 健全", in: diff)?.labelChanged == true)
    #expect(Self.change(of: "7. 健全", in: diff)?.old?.label == "6.")
  }

  @Test("a task moved to another section is moved, with both places")
  func moveBetweenSections() throws {
    let task = "3. 推进家庭养老床位建设。制定家庭养老床位建设管理办法，到2025年，全区家庭养老床位达到500张以上。（牵头单位：区民政局，参与单位：区卫健局）\n"
    let moved = task.replacingOccurrences(of: "3. ", with: "7. ")
    let new = Self.replacing([(task, ""), ("二、保障措施\n", moved + "二、保障措施\n")])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.summary.moved == 1)
    #expect(diff.summary.unchanged == 7)
    #expect(diff.summary.added + diff.summary.removed + diff.summary.reworded == 0)
    let change = Self.change(of: "7. 推进家庭", in: diff)
    #expect(change?.kind == .moved)
    #expect(change?.old?.path.last == "（一）完善服务网络")
    #expect(change?.new?.path.last == "（二）提升服务质量")
    #expect(change?.textChanged == false)
    #expect(diff.factChanges.isEmpty, "the target and departments went with the task")
  }

  @Test("tasks swapped within a section: the one out of order is moved")
  func reorderWithinSection() throws {
    let one = "1. 建设综合养老服务中心。每个街道建设1处综合养老服务中心，为老年人提供全托、日托、上门服务等综合服务。（牵头单位：区民政局，参与单位：区财政局）\n"
    let new = Self.replacing([
      (one, ""), ("（二）提升服务质量\n", one.replacingOccurrences(of: "1. ", with: "4. ") + "（二）提升服务质量\n"),
    ])
    .replacingOccurrences(of: "（二）提升服务质量\n4. 加强", with: "（二）提升服务质量\n4. 加强")
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.summary.moved == 1)
    #expect(Self.change(of: "4. 建设综合", in: diff)?.kind == .moved)
  }

  @Test("a rewording gets a word-level redline that rebuilds both texts")
  func rewordRedline() throws {
    let new = Self.replacing([("着力发展认知障碍照护、精神康复等特色照护服务", "重点发展认知障碍照护、安宁疗护等特色照护服务")])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.summary.reworded == 1)
    let change = try #require(Self.change(of: "2. 发展", in: diff))
    #expect(change.kind == .reworded)
    #expect(change.similarity > 0.5 && change.similarity < 1)
    let old = change.runs.filter { $0.kind != .insert }.map(\.text).joined()
    let newText = change.runs.filter { $0.kind != .delete }.map(\.text).joined()
    #expect(old == change.old?.body)
    #expect(newText == change.new?.body)
    #expect(change.runs.contains { $0.kind == .delete && $0.text.contains("着力") })
    #expect(change.runs.contains { $0.kind == .insert && $0.text.contains("安宁疗护") })
    for (a, b) in zip(change.runs, change.runs.dropFirst()) {
      #expect(a.kind != b.kind, "neighbouring runs are merged")
      #expect(!(a.kind == .insert && b.kind == .delete), "a change reads delete, then insert")
    }
  }

  @Test("an appended clause is shown whole, from its comma to the full stop")
  func appendedClauseSlidesToPunctuation() throws {
    let new = Self.replacing([("为老年人提供健康管理服务。", "为老年人提供健康管理服务，不断提升健康管理服务。")])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    let change = try #require(Self.change(of: "5. 推进", in: diff))
    #expect(change.runs.filter { $0.kind != .equal } == [TextRun(kind: .insert, text: "，不断提升健康管理服务")])
  }

  @Test("a target whose value and deadline changed is listed with both states")
  func targetChanged() throws {
    let new = Self.replacing([("到2025年，全区家庭养老床位达到500张以上", "到2026年，全区家庭养老床位达到800张以上")])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    let change = try #require(diff.factChanges.first { $0.type == .targetChanged })
    #expect(change.indicator.contains("家庭养老床位"))
    #expect(change.changes == ["value", "deadline"])
    guard case .quantity(let before)? = change.before, case .quantity(let after)? = change.after else {
      Issue.record("target states expected")
      return
    }
    #expect(before.value == 500 && after.value == 800)
    #expect(before.deadline?.year == 2025 && after.deadline?.year == 2026)
    #expect(before.unit == "张" && after.comparator == .atLeast)
    #expect(diff.factChanges.filter { $0.type != .metaChanged }.count == 1)
    // 到2026年 is now the plan's horizon, so its period moved too.
    #expect(diff.factChanges.contains { $0.type == .metaChanged && $0.indicator == "period" })
    #expect(diff.summary.reworded == 1)
  }

  @Test("targets added and removed")
  func targetsAddedAndRemoved() throws {
    let new = Self.replacing([
      ("，到2025年，养老护理员持证上岗率达到90%以上", ""),
      ("定期开展养老机构等级评定和服务质量抽查。", "定期开展养老机构等级评定和服务质量抽查，到2025年，养老机构服务质量抽查覆盖率达到100%。"),
    ])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(
      diff.factChanges.contains { $0.type == .targetRemoved && $0.indicator.contains("持证上岗率") && $0.after == nil })
    #expect(diff.factChanges.contains { $0.type == .targetAdded && $0.indicator.contains("覆盖率") && $0.before == nil })
    #expect(!diff.factChanges.contains { $0.type == .targetChanged })
  }

  @Test("lead and support swapped, a department added: responsibility changes name each department")
  func responsibilityChanged() throws {
    let new = Self.replacing([
      ("（牵头单位：区卫健局，参与单位：区民政局）", "（牵头单位：区民政局，参与单位：区卫健局）"),
      ("抽查。（牵头单位：区民政局）", "抽查。（牵头单位：区民政局，参与单位：区市场监管局）"),
    ])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    let changes = diff.factChanges.filter { $0.type == .responsibilityChanged }
    #expect(changes.count == 2)
    let swap = try #require(changes.first { $0.indicator.hasPrefix("5.") })
    #expect(Set(swap.changes) == ["lead", "support"])
    #expect(swap.departments.contains(DepartmentChange(name: "区民政局", before: .support, after: .lead)))
    #expect(swap.departments.contains(DepartmentChange(name: "区卫健局", before: .lead, after: .support)))
    let added = try #require(changes.first { $0.indicator.hasPrefix("6.") })
    #expect(added.changes == ["support"])
    #expect(added.departments == [DepartmentChange(name: "区市场监管局", before: nil, after: .support)])
  }

  @Test("a split task names the task it came from; a merged one the task it went into")
  func splitAndMerge() throws {
    let split = Self.replacing([
      (
        "1. 建设综合养老服务中心。每个街道建设1处综合养老服务中心，为老年人提供全托、日托、上门服务等综合服务。",
        "1. 建设综合养老服务中心。每个街道建设1处综合养老服务中心。\n2. 综合养老服务中心为老年人提供全托、日托、上门服务等综合服务。"
      ),
      ("2. 发展", "3. 发展"), ("3. 推进", "4. 推进"),
    ])
    let splitDiff = try DiffTestSupport.diff(Self.plan, split)
    let piece = try #require(splitDiff.provisions.first { $0.kind == .added })
    #expect(piece.splitFrom == "p1")
    #expect(Self.change(of: "1. 建设", in: splitDiff)?.kind == .reworded)

    let merged = Self.replacing([
      ("为老年人提供健康管理服务。（牵头单位：区卫健局，参与单位：区民政局）\n6. 健全综合监管制度。", "为老年人提供健康管理服务，")
    ])
    let mergeDiff = try DiffTestSupport.diff(Self.plan, merged)
    let gone = try #require(mergeDiff.provisions.first { $0.kind == .removed })
    #expect(gone.old?.label == "6.")
    #expect(gone.mergedInto == mergeDiff.provisions.first { $0.new?.label == "5." }?.new?.id)
  }

  @Test("a retitled section is the same section: its tasks are not moved")
  func retitledSection() throws {
    let new = Self.replacing([("（二）提升服务质量", "（二）全面提升养老服务质量")])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.sections.map(\.kind) == [.retitled])
    #expect(diff.sections.first?.new?.title == "全面提升养老服务质量")
    #expect(diff.summary.moved == 0)
    #expect(diff.summary.unchanged == 8)
  }

  @Test("a section added with new tasks, and one removed with its tasks")
  func sectionsAddedAndRemoved() throws {
    let new = Self.replacing([
      (
        "二、保障措施\n",
        "（三）发展养老产业\n7. 培育养老服务市场主体。引导社会资本进入养老服务领域，培育一批品牌化、连锁化养老服务企业。\n8. 发展老年用品产业。支持企业研发适老化产品，举办老年用品博览会。\n二、保障措施\n"
      )
    ])
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.sections.contains { $0.kind == .added && $0.new?.title == "发展养老产业" })
    #expect(diff.summary.added == 2)
    let back = try DiffTestSupport.diff(new, Self.plan)
    #expect(back.sections.contains { $0.kind == .removed && $0.old?.title == "发展养老产业" })
    #expect(back.summary.removed == 2)
  }

  @Test(
    "a milestone whose dates moved", arguments: ["shandong-taian-taishan-elderly-care-demonstration-scheme-2021.txt"])
  func milestoneMoved(file: String) throws {
    let old = try TestSupport.corpusText(file)
    let new = old.replacingOccurrences(of: "组织实施阶段（8月16日—9月30日）", with: "组织实施阶段（8月20日—10月15日）")
    #expect(new != old)
    let diff = try DiffTestSupport.diff(old, new)
    let change = try #require(diff.factChanges.first { $0.type == .milestoneChanged })
    #expect(change.indicator == "组织实施阶段")
    #expect(change.changes == ["start", "end"])
    guard case .milestone(let after)? = change.after else {
      Issue.record("milestone state expected")
      return
    }
    #expect(after.end == "2021-10-15")
  }

  @Test(
    "draft to final: metadata changes come first",
    arguments: ["shandong-liaocheng-chiping-elderly-care-plan-2021-2025-draft.txt"])
  func draftToFinal(file: String) throws {
    let draft = try TestSupport.corpusText(file)
    let final = draft.replacingOccurrences(of: "（征求意见稿）", with: "")
    let diff = try DiffTestSupport.diff(draft, final)
    #expect(diff.factChanges.first?.type == .metaChanged)
    let status = try #require(diff.factChanges.first { $0.indicator == "status" })
    #expect(status.before == .meta(MetaFieldState(text: "draft")))
    #expect(status.after == .meta(MetaFieldState(text: "final")))
    #expect(diff.summary.unchanged == diff.provisions.count)
  }

  @Test("every provision of both versions is listed once, removed ones where they stood")
  func everyProvisionOnce() throws {
    let new = Self.replacing([
      ("4. 加强养老护理员培训。开展养老护理员职业技能培训和等级认定，到2025年，养老护理员持证上岗率达到90%以上。（牵头单位：区人社局）\n", ""),
      ("5. 推进", "4. 推进"), ("6. 健全", "5. 健全"),
    ])
    let oldDoc = try TestSupport.extract(Self.plan)
    let newDoc = try TestSupport.extract(new)
    let diff = try DiffTestSupport.diff(Self.plan, new)
    #expect(diff.provisions.compactMap(\.old?.id).sorted() == oldDoc.provisions.map(\.id).sorted())
    #expect(diff.provisions.compactMap(\.new?.id) == newDoc.provisions.map(\.id))
    let order = diff.provisions.map { ($0.old ?? $0.new)?.title ?? "" }
    #expect(order.firstIndex(of: "加强养老护理员培训") == 3)
    #expect(diff.provisions[3].kind == .removed)
    #expect(diff.factChanges.contains { $0.type == .targetRemoved })
    #expect(diff.factChanges.contains { $0.type == .responsibilityChanged && $0.after == nil })
  }
}
