import PlanLensCompare
import PlanLensModel

/// Renders a comparison as one GitHub-flavoured Markdown file with the sections of the HTML
/// report: overview, indicators, indicators in one plan only, themes, shared provisions,
/// departments, timeline. Figures carry their quote in a footnote-style list.
public struct ComparisonMarkdownRenderer: Sendable {
  public init() {}

  public func render(_ c: Comparison, title: String = "PlanLens comparison") -> String {
    var out = "# \(title)\n\n"
    let shared = c.indicators.filter { $0.documentCount >= 2 }
    out += "\(c.documents.count) plans · \(shared.count) indicators in two plans or more · "
    out += "\(c.indicators.count - shared.count) in one plan only. "
    out += "▲ highest and ▼ lowest ambition among figures of the same direction, unit, scope and kind.\n\n"
    let names = ComparisonNames(c)
    let short = Dictionary(uniqueKeysWithValues: c.documents.map { ($0.id, names.short($0.id)) })
    let columns = c.documents.map { names.short($0.id) }

    out += "## Overview\n\n"
    out += table(
      [
        "plan", "jurisdiction", "level", "type", "status", "period", "issuer", "date", "provisions", "targets",
        "departments",
      ],
      c.documents.map { d in
        [
          d.meta.title ?? d.id, d.jurisdiction, d.meta.level?.rawValue ?? "", d.meta.docType ?? "",
          d.meta.status.rawValue + (d.version.map { " (\($0.description))" } ?? ""),
          Self.period(d.meta.period), d.meta.issuer ?? "", d.meta.issueDate ?? "", String(d.provisions),
          String(d.targets),
          String(d.departments),
        ]
      })

    out += "\n## Indicators\n\n"
    out += "Wordings are clustered by ICU words, head noun, unit dimension, increment, period, scope and kind; "
    out += "the catalogue names clusters. Figures show their deadline in brackets.\n\n"
    out += table(
      ["indicator", "kind", "dimension"] + columns,
      shared.map { row in
        let byDocument = Dictionary(grouping: row.entries, by: \.document)
        return [row.label, row.facets.kind.rawValue, row.facets.dimension]
          + c.documents.map { d in
            (byDocument[d.id] ?? []).map { ReportFigures.figure($0) + ReportFigures.mark($0) }.joined(separator: "; ")
          }
      })
    out += "\nSources:\n\n"
    for row in shared {
      for e in row.entries {
        out +=
          "- **\(row.label)** · \(short[e.document] ?? e.document): “\(Self.inline(e.quote))” — `\(e.document)`"
        out += e.heading.map { ", \(Self.inline($0))" } ?? ""
        out += " [\(e.span.start)–\(e.span.end)]\n"
      }
    }

    let merged = shared.filter { !$0.merges.isEmpty }
    out += "\n<details><summary>Why wordings were joined (\(merged.count) indicators)</summary>\n\n"
    for row in merged {
      out +=
        "- **\(Self.inline(row.label))**: " + row.merges.map { Self.inline($0.explanation) }.joined(separator: "; ")
      out += "\n"
    }
    out += "\n</details>\n"

    out += "\n## Indicators in one plan only\n\n"
    for single in c.singlePlanIndicators where !single.indicators.isEmpty {
      out +=
        "- \(short[single.document] ?? single.document): \(single.indicators.map(Self.inline).joined(separator: "、"))\n"
    }
    out += "\n<details><summary>Figures not compared (\(c.excludedFigures.count))</summary>\n\n"
    out += "Relative deadlines (5年内) are durations counted from a plan's start, not values; "
    out += "implausible figures are scale labels (7000亿级).\n\n"
    out += table(
      ["plan", "indicator", "reason", "quote"],
      c.excludedFigures.map { [short[$0.document] ?? $0.document, $0.indicator, $0.reason.rawValue, $0.quote] })
    out += "\n</details>\n"

    out += "\n## Themes\n\n"
    out += "Derived from the plans: key terms (ICU words) of clusters of provisions that two plans or more share, "
    out += "named by a naming table (themes*.tsv) where one has a row. Provisions per plan.\n\n"
    out += table(
      ["theme", "key terms"] + columns,
      c.themes.map { theme in
        [theme.theme, theme.terms.joined(separator: "、")] + theme.cells.map { $0.count == 0 ? "—" : String($0.count) }
      })

    out += "\n## Shared provisions\n\n"
    for pair in c.alignments {
      out += "### \(short[pair.first] ?? pair.first) × \(short[pair.second] ?? pair.second)\n\n"
      out +=
        "\(pair.matches.count) shared, \(pair.onlyInFirst.count) only in the first, \(pair.onlyInSecond.count) only in the second.\n\n"
      if !pair.matches.isEmpty {
        out += table(
          [short[pair.first] ?? pair.first, short[pair.second] ?? pair.second, "similarity"],
          pair.matches.map { [$0.first, $0.second, String(format: "%.2f", $0.similarity)] })
      }
      out += "\n"
    }

    out += "## Departments\n\n"
    out += "Lead / support counts per plan.\n\n"
    out += table(
      ["department"] + columns + ["only in"],
      c.departments.map { row in
        [row.canonical] + row.cells.map { $0.lead + $0.support == 0 ? "—" : "\($0.lead) / \($0.support)" }
          + [row.onlyIn.flatMap { short[$0] } ?? ""]
      })

    out += "\n## Timeline\n\n"
    for year in c.timeline {
      out += "### \(year.year)\n\n"
      for e in year.events {
        out += "- \(e.jurisdiction) · \(e.kind == "milestone" ? "milestone" : "target"): \(Self.inline(e.label))"
        out += e.figure.map { " \(Self.inline($0))" } ?? ""
        out += "\n"
      }
      out += "\n"
    }
    return out
  }

  private func table(_ header: [String], _ rows: [[String]]) -> String {
    guard !rows.isEmpty else { return "_none_\n" }
    var out = "| " + header.map(Self.cell).joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows { out += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
    return out
  }

  static func cell(_ s: String) -> String {
    inline(s).replacingOccurrences(of: "|", with: "\\|")
  }

  static func inline(_ s: String) -> String {
    s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
  }

  static func period(_ p: Period) -> String {
    switch (p.start, p.end) {
    case (let s?, let e?): return s == e ? "\(s)" : "\(s)–\(e)"
    case (nil, let e?): return "–\(e)"
    case (let s?, nil): return "\(s)–"
    default: return ""
    }
  }
}
