import Foundation
import PlanLensDiff
import PlanLensReport
import Testing

/// The text, Markdown, HTML and JSON renderings of a diff.
@Suite("Diff: renderings")
struct DiffRendererTests {
  /// A diff with every kind of provision change and of fact change but milestones and metadata.
  static func sample(injecting extra: String = "") throws -> DocumentDiff {
    let plan = DiffEngineTests.plan
    let new = DiffEngineTests.replacing([
      ("着力发展认知障碍照护、精神康复等特色照护服务", "重点发展认知障碍照护、安宁疗护等特色照护服务" + extra),
      ("到2025年，全区家庭养老床位达到500张以上", "到2026年，全区家庭养老床位达到800张以上"),
      ("（牵头单位：区卫健局，参与单位：区民政局）", "（牵头单位：区民政局，参与单位：区卫健局）"),
      ("6. 健全综合监管制度。建立养老服务质量评价制度，定期开展养老机构等级评定和服务质量抽查。（牵头单位：区民政局）\n", ""),
      (
        "二、保障措施\n",
        "6. 推广康复辅助器具社区租赁。建设康复辅助器具社区租赁服务网点，推动辅助器具进家庭、进机构。\n二、保障措施\n"
      ),
    ])
    return try DiffTestSupport.diff(plan, new)
  }

  @Test("JSON: summary counts and fact changes with before and after states")
  func json() throws {
    let diff = try Self.sample()
    let text = try DiffTestSupport.renderer.render(diff, as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let summary = try #require(object["summary"] as? [String: Any])
    for key in ["unchanged", "reworded", "moved", "added", "removed"] { #expect(summary[key] is Int, "\(key)") }
    #expect(summary["reworded"] as? Int == diff.summary.reworded)
    #expect(summary["added"] as? Int == 1 && summary["removed"] as? Int == 1)
    let facts = try #require(object["factChanges"] as? [[String: Any]])
    #expect(facts.count == diff.factChanges.count)
    let types = Set(facts.compactMap { $0["type"] as? String })
    #expect(types.isSubset(of: Set(FactChangeType.allCases.map(\.rawValue))))
    let target = try #require(facts.first { $0["type"] as? String == "targetChanged" })
    let before = try #require(target["before"] as? [String: Any])
    let after = try #require(target["after"] as? [String: Any])
    #expect(before["value"] as? Int == 500 && after["value"] as? Int == 800)
    #expect(after["comparator"] as? String == ">=" && after["unit"] as? String == "张")
    #expect((after["deadline"] as? [String: Any])?["year"] as? Int == 2026)
    #expect((after["quote"] as? String)?.contains("800张") == true)
    let responsibility = try #require(
      facts.first {
        $0["type"] as? String == "responsibilityChanged" && $0["before"] is [String: Any]
          && $0["after"] is [String: Any]
      })
    let units = try #require((responsibility["after"] as? [String: Any])?["units"] as? [[String: Any]])
    #expect(units.contains { $0["name"] as? String == "区民政局" && $0["role"] as? String == "lead" })
    let removed = try #require(facts.first { $0["type"] as? String == "targetRemoved" || $0["after"] is NSNull })
    #expect(removed["after"] is NSNull)
    let provisions = try #require(object["provisions"] as? [[String: Any]])
    #expect(provisions.count == diff.provisions.count)
    #expect(
      provisions.contains { $0["change"] as? String == "reworded" && ($0["textChanges"] as? [Any])?.isEmpty == false })
  }

  @Test("HTML: one self-contained file, redline styled, both spans linked, document text escaped")
  func html() throws {
    let diff = try Self.sample(injecting: "<script>alert('x')</script> & <b>")
    let html = try DiffTestSupport.renderer.render(diff, as: .html)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>") && html.contains("<script>\n(function"))
    for fetched in ["src=\"http", "href=\"http", "<link", "@import", "url("] {
      #expect(!html.contains(fetched), "\(fetched)")
    }
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"))
    #expect(html.contains("<del>") && html.contains("<ins>"))
    #expect(html.contains("class=\"side-by-side\""))
    // Every link points at a marker that exists, and reworded or moved changes link both sides.
    let targets = html.components(separatedBy: "href=\"#").dropFirst().compactMap { $0.split(separator: "\"").first }
    #expect(!targets.isEmpty)
    for target in Set(targets) { #expect(html.contains("id=\"\(target)\""), "\(target)") }
    for article in html.components(separatedBy: "<article").dropFirst() where article.contains("change reworded") {
      #expect(article.contains("href=\"#old-s") && article.contains("href=\"#new-s"))
    }
    #expect(html.components(separatedBy: "<article").count - 1 == diff.changedProvisions.count)
  }

  @Test("Markdown: summary table, fact table, redlines; markup in document text escaped")
  func markdown() throws {
    let diff = try Self.sample(injecting: "*重点*|_任务_")
    let md = try DiffTestSupport.renderer.render(diff, as: .md)
    #expect(md.contains("## Summary"))
    #expect(md.contains("| \(diff.summary.unchanged) | \(diff.summary.reworded) | \(diff.summary.moved) |"))
    #expect(md.contains("| target changed | "))
    #expect(md.contains("~~") && md.contains("**"))
    #expect(md.contains("\\*重点\\*\\|\\_任务\\_"))
    #expect(md.contains("### added: 6. 推广康复辅助器具社区租赁"))
  }

  @Test("text: counts, facts, and wdiff-style redlines")
  func text() throws {
    let diff = try Self.sample()
    let out = try DiffTestSupport.renderer.render(diff, as: .text)
    #expect(out.contains("\(diff.summary.reworded) reworded"))
    #expect(out.contains("target changed"))
    #expect(out.contains("[-") && out.contains("{+"))
    #expect(out.contains("全区 · ≥500张 · 到2025年  →  全区 · ≥800张 · 到2026年    [changed: value, deadline]"))
  }

  @Test("a diff without changes renders as such in every format")
  func noChanges() throws {
    let diff = try DiffTestSupport.diff(DiffEngineTests.plan, DiffEngineTests.plan)
    #expect(try DiffTestSupport.renderer.render(diff, as: .text).contains("PROVISION CHANGES\n  none"))
    #expect(try DiffTestSupport.renderer.render(diff, as: .md).contains("## Fact changes\n\nNone."))
    #expect(!(try DiffTestSupport.renderer.render(diff, as: .html)).contains("<article"))
  }
}
