import CSV
import Foundation
import PlanLensCompare
import PlanLensModel

/// The comparison as CSV tables (RFC 4180), one file per section, long form for R and pandas.
/// The Excel workbook holds the same rows (``ComparisonWorkbookWriter``).
struct ComparisonCSVWriter {
  /// The byte-order mark Excel needs to read a CSV as UTF-8 (on Chinese Windows it reads GBK
  /// otherwise).
  static let byteOrderMark = "\u{FEFF}"

  /// Write a byte-order mark first (`--excel-csv`).
  var excel = false

  /// File name → CSV text.
  func tables(_ c: Comparison) throws -> [(String, String)] {
    try sections(c).map { table in
      (table.name + ".csv", (excel ? Self.byteOrderMark : "") + (try csv(table.header, table.rows)))
    }
  }

  /// Every section as a header and rows of text, for the CSVs and the workbook's sheets.
  func sections(_ c: Comparison) -> [ComparisonTable] {
    let number = { (v: Double) in WholeNumber(v).description }
    let table = { (header: [String], rows: [[String]]) in (header, rows) }
    let named = { (name: String, table: ([String], [[String]])) in
      ComparisonTable(name: name, header: table.0, rows: table.1)
    }
    return [
      named(
        "documents",
        table(
          [
            "id", "path", "jurisdiction", "title", "level", "docType", "status", "periodStart", "periodEnd", "issuer",
            "issueDate", "provisions", "quantities", "targets", "departments",
          ],
          c.documents.map { d in
            [
              d.id, d.path, d.jurisdiction, d.meta.title ?? "", d.meta.level?.rawValue ?? "", d.meta.docType ?? "",
              d.meta.status.rawValue,
              d.meta.period.start.map(String.init) ?? "", d.meta.period.end.map(String.init) ?? "", d.meta.issuer ?? "",
              d.meta.issueDate ?? "", String(d.provisions), String(d.quantities), String(d.targets),
              String(d.departments),
            ]
          })
      ),
      named(
        "indicators",
        table(
          [
            "canonical", "label", "matched", "dimension", "change", "period", "scope", "document", "jurisdiction",
            "indicator", "comparator", "value", "valueMax", "unit",
            "deadline", "kind", "ambition", "heading", "quote", "spanStart", "spanEnd",
          ],
          c.indicators.flatMap { row in
            row.entries.map { e in
              [
                row.canonical, row.label, row.matched ? "true" : "false", row.facets.dimension, row.facets.change ?? "",
                row.facets.period ?? "", row.facets.scope.joined(separator: ";"), e.document, e.jurisdiction,
                e.indicator,
                e.comparator.rawValue,
                number(e.value), e.valueMax.map(number) ?? "", e.unit ?? "", e.deadline.map(String.init) ?? "",
                e.kind.rawValue,
                e.ambition ?? "", e.heading ?? "", e.quote, String(e.span.start), String(e.span.end),
              ]
            }
          })
      ),
      named(
        "merges",
        table(
          ["indicator", "first", "second", "reason", "similarity", "head", "catalogue"],
          c.indicators.flatMap { row in
            row.merges.map {
              [
                row.label, $0.first, $0.second, $0.reason.rawValue, String(format: "%.3f", $0.similarity), $0.head,
                $0.catalogue ?? "",
              ]
            }
          })
      ),
      named(
        "excluded",
        table(
          ["document", "jurisdiction", "indicator", "reason", "quote", "spanStart", "spanEnd"],
          c.excludedFigures.map {
            [
              $0.document, $0.jurisdiction, $0.indicator, $0.reason.rawValue, $0.quote, String($0.span.start),
              String($0.span.end),
            ]
          })
      ),
      named(
        "themes",
        table(
          ["theme", "terms", "named", "document", "provisions", "titles"],
          c.themes.flatMap { t in
            t.cells.map {
              [
                t.theme, t.terms.joined(separator: ";"), t.named ? "true" : "false", $0.document, String($0.count),
                $0.provisions.joined(separator: "；"),
              ]
            }
          })
      ),
      named(
        "alignments",
        table(
          ["first", "second", "firstProvision", "secondProvision", "similarity"],
          c.alignments.flatMap { p in
            p.matches.map { [p.first, p.second, $0.first, $0.second, String(format: "%.3f", $0.similarity)] }
          })
      ),
      named(
        "departments",
        table(
          ["canonical", "document", "lead", "support"],
          c.departments.flatMap { row in
            row.cells.filter { $0.lead + $0.support > 0 }.map {
              [row.canonical, $0.document, String($0.lead), String($0.support)]
            }
          })
      ),
      named(
        "timeline",
        table(
          ["year", "document", "jurisdiction", "kind", "label", "figure", "quote"],
          c.timeline.flatMap { y in
            y.events.map {
              [String(y.year), $0.document, $0.jurisdiction, $0.kind, $0.label, $0.figure ?? "", $0.quote]
            }
          })
      ),
    ]
  }

  /// RFC 4180 text of a header and rows.
  func csv(_ header: [String], _ rows: [[String]]) throws -> String {
    let writer = try CSVWriter(stream: .toMemory())
    try writer.write(row: header)
    for row in rows { try writer.write(row: row) }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// One section of the comparison as a table of text: a CSV file and a sheet of the workbook.
struct ComparisonTable {
  /// The CSV file's name without .csv, and the sheet's name.
  var name: String
  var header: [String]
  var rows: [[String]]
}
