import Foundation
import Mustache
import PlanLensCompare
import PlanLensModel

/// Renders a comparison as one self-contained HTML file (inline CSS and JS, nothing fetched):
/// sortable and filterable tables, an SVG bar chart per shared indicator, and every figure
/// expanding to its quote with source file, heading and span. Text is escaped by the template.
public struct ComparisonHTMLRenderer: Sendable {
  let template: MustacheTemplate

  public init() throws {
    guard let url = Bundle.module.url(forResource: "comparison.html", withExtension: "mustache") else {
      throw ReportError.missingTemplate("comparison.html.mustache")
    }
    template = try MustacheTemplate(string: String(contentsOf: url, encoding: .utf8))
  }

  public func render(_ c: Comparison, title: String = "PlanLens comparison") -> String {
    template.render(view(c, title: title))
  }

  func view(_ c: Comparison, title: String) -> ComparisonHTMLView {
    let names = ComparisonNames(c)
    let documents = c.documents.map { d in
      ComparisonHTMLView.Document(
        title: d.meta.title ?? d.id, path: d.path, jurisdiction: d.jurisdiction, level: d.meta.level?.rawValue ?? "",
        docType: d.meta.docType ?? "", status: d.meta.status.rawValue,
        period: ComparisonMarkdownRenderer.period(d.meta.period),
        issuer: d.meta.issuer ?? "", date: d.meta.issueDate ?? "", provisions: d.provisions, targets: d.targets,
        departments: d.departments)
    }
    let entry = { (e: IndicatorEntry) in
      ComparisonHTMLView.Entry(
        figure: ReportFigures.figure(e), mark: ReportFigures.mark(e), ambition: e.ambition ?? "", quote: e.quote,
        document: e.document, kind: e.kind.rawValue, heading: e.heading, start: e.span.start, end: e.span.end)
    }
    // The matrix holds canonical indicators; unmatched wordings follow as a list.
    let indicators = c.indicators.filter(\.matched).map { row in
      let byDocument = Dictionary(grouping: row.entries, by: \.document)
      return ComparisonHTMLView.IndicatorRow(
        canonical: row.canonical, matched: row.matched,
        cells: c.documents.map { d in .init(entries: (byDocument[d.id] ?? []).map(entry)) })
    }
    let unmatched = c.indicators.filter { !$0.matched }.flatMap { row in
      row.entries.map { e in
        ComparisonHTMLView.Unmatched(wording: row.canonical, plan: names.short(e.document), entry: entry(e))
      }
    }
    let charts = c.indicators.filter { $0.matched && $0.documentCount >= 2 }.map { chart($0, names: names) }
    let themes = c.themes.map { t in
      ComparisonHTMLView.ThemeRow(
        theme: t.theme,
        cells: t.cells.map {
          .init(count: $0.count, covered: $0.count > 0, provisions: $0.provisions.joined(separator: "；"))
        })
    }
    let pairs = c.alignments.map { p in
      ComparisonHTMLView.Pair(
        first: names.short(p.first), second: names.short(p.second), shared: p.matches.count,
        onlyFirst: p.onlyInFirst.count, onlySecond: p.onlyInSecond.count, hasMatches: !p.matches.isEmpty,
        matches: p.matches.map { .init(a: $0.first, b: $0.second, similarity: String(format: "%.2f", $0.similarity)) })
    }
    let departments = c.departments.map { row in
      ComparisonHTMLView.DepartmentRow(
        canonical: row.canonical,
        cells: row.cells.map { $0.lead + $0.support == 0 ? "—" : "\($0.lead) / \($0.support)" },
        onlyIn: row.onlyIn.map(names.short) ?? "")
    }
    let timeline = c.timeline.map { y in
      ComparisonHTMLView.Year(
        year: y.year,
        events: y.events.map {
          .init(jurisdiction: $0.jurisdiction, kind: $0.kind, label: $0.label, figure: $0.figure ?? "")
        })
    }
    return ComparisonHTMLView(
      title: title,
      subtitle: "\(c.documents.count) plans · \(c.indicators.filter(\.matched).count) canonical indicators · "
        + "\(c.indicators.filter { !$0.matched }.count) unmatched wordings",
      columns: c.documents.map { names.short($0.id) }, documents: documents, indicators: indicators,
      unmatched: unmatched,
      single: c.singlePlanIndicators.filter { !$0.indicators.isEmpty }.map {
        .init(plan: names.short($0.document), indicators: $0.indicators.joined(separator: "、"))
      },
      charts: charts, themes: themes, pairs: pairs, departments: departments, timeline: timeline)
  }

  /// Horizontal bars, one per entry, scaled to the largest value of the indicator.
  private func chart(_ row: IndicatorComparison, names: ComparisonNames) -> ComparisonHTMLView.Chart {
    let labelWidth = 120
    let barSpace = 200
    let maxValue = row.entries.map { $0.valueMax ?? $0.value }.max() ?? 1
    let bars = row.entries.enumerated().map { i, e in
      let width = maxValue > 0 ? Int((Double(barSpace) * (e.valueMax ?? e.value) / maxValue).rounded()) : 0
      return ComparisonHTMLView.Bar(
        label: names.short(e.document), figure: ReportFigures.figure(e), quote: e.quote, ambition: e.ambition ?? "",
        x: labelWidth, y: 8 + i * 26, textY: 22 + i * 26, barWidth: max(width, 1),
        valueX: labelWidth + max(width, 1) + 6)
    }
    return ComparisonHTMLView.Chart(
      title: row.canonical, width: labelWidth + barSpace + 130, height: 16 + bars.count * 26, bars: bars)
  }
}
