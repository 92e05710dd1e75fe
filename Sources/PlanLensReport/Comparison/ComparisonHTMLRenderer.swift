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
        docType: d.meta.docType ?? "",
        status: d.meta.status.rawValue + (d.version.map { " (\($0.description))" } ?? ""),
        period: ComparisonMarkdownRenderer.period(d.meta.period),
        issuer: d.meta.issuer ?? "", date: d.meta.issueDate ?? "", provisions: d.provisions, targets: d.targets,
        departments: d.departments)
    }
    let entry = { (e: IndicatorEntry) in
      ComparisonHTMLView.Entry(
        figure: ReportFigures.figure(e), mark: ReportFigures.mark(e), ambition: e.ambition ?? "", quote: e.quote,
        document: e.document, kind: e.kind.rawValue, heading: e.heading, start: e.span.start, end: e.span.end)
    }
    // The matrix holds the indicators two plans or more set; the others are listed by plan.
    let shared = c.indicators.filter { $0.documentCount >= 2 }
    let indicators = shared.map { row in
      let byDocument = Dictionary(grouping: row.entries, by: \.document)
      return ComparisonHTMLView.IndicatorRow(
        label: row.label, kind: row.facets.kind.rawValue, dimension: row.facets.dimension,
        merges: row.merges.map(\.explanation).joined(separator: "；"), hasMerges: !row.merges.isEmpty,
        wordingCount: row.wordings.count,
        cells: c.documents.map { d in .init(entries: (byDocument[d.id] ?? []).map(entry)) })
    }
    let excluded = c.excludedFigures.map {
      ComparisonHTMLView.Excluded(
        plan: names.short($0.document), indicator: $0.indicator, reason: $0.reason.rawValue, quote: $0.quote)
    }
    let charts = shared.compactMap { chart($0, names: names) }
    let themes = c.themes.map { t in
      ComparisonHTMLView.ThemeRow(
        theme: t.theme, terms: t.terms.joined(separator: "、"),
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
      subtitle: "\(c.documents.count) plans · \(shared.count) indicators in two plans or more · "
        + "\(c.indicators.count - shared.count) in one plan only",
      columns: c.documents.map { .init(label: names.short($0.id), title: names.title($0.id)) }, documents: documents,
      indicators: indicators, excluded: excluded,
      single: c.singlePlanIndicators.filter { !$0.indicators.isEmpty }.map {
        .init(
          plan: names.short($0.document), indicators: $0.indicators.joined(separator: "、"), count: $0.indicators.count)
      },
      charts: charts, themes: themes, pairs: pairs, departments: departments, timeline: timeline)
  }

  /// Horizontal bars for the ranked figures of an indicator (those marked ▲ or ▼ and the
  /// figures ranked with them), scaled to the largest; nil when nothing differs, so no chart
  /// shows identical bars.
  private func chart(_ row: IndicatorComparison, names: ComparisonNames) -> ComparisonHTMLView.Chart? {
    guard let marked = row.entries.first(where: { $0.ambition != nil }) else { return nil }
    let ranked = row.entries.filter {
      $0.unit == marked.unit && $0.scope == marked.scope && $0.comparator.isCeiling == marked.comparator.isCeiling
        && $0.comparator != .exactly && $0.comparator != .about
    }
    let maxValue = ranked.map { $0.valueMax ?? $0.value }.max() ?? 1
    let bars = ranked.enumerated().map { i, e in
      let width = maxValue > 0 ? Int((Double(ChartLayout.barSpace) * (e.valueMax ?? e.value) / maxValue).rounded()) : 0
      let top = ChartLayout.margin + i * ChartLayout.rowHeight
      return ComparisonHTMLView.Bar(
        label: names.short(e.document), figure: ReportFigures.figure(e), quote: e.quote, ambition: e.ambition ?? "",
        x: ChartLayout.labelWidth, y: top, textY: top + ChartLayout.baseline, barWidth: max(width, 1),
        valueX: ChartLayout.labelWidth + max(width, 1) + ChartLayout.gap)
    }
    return ComparisonHTMLView.Chart(
      title: row.label, width: ChartLayout.labelWidth + ChartLayout.barSpace + ChartLayout.valueWidth,
      height: 2 * ChartLayout.margin + bars.count * ChartLayout.rowHeight, bars: bars)
  }
}

/// The geometry of a bar chart, in SVG user units (the chart scales to its container).
enum ChartLayout {
  static let labelWidth = 150
  static let barSpace = 200
  static let valueWidth = 130
  static let rowHeight = 26
  static let margin = 8
  static let baseline = 14
  static let gap = 6
}
