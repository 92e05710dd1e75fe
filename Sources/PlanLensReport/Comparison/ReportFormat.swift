import Foundation

/// The files `planlens report` can write.
public enum ReportFormat: String, CaseIterable, Sendable, Hashable {
  /// comparison.md — GitHub-flavoured Markdown.
  case md
  /// comparison.html — one self-contained page.
  case html
  /// comparison.json — the comparison contract.
  case json
  /// csv/*.csv — one table per section, for R and pandas.
  case csv
  /// comparison.xlsx — one Excel workbook, a sheet per section (the rows of the CSVs).
  case xlsx

  /// Formats from a comma-separated list: "md,html".
  public static func parse(_ list: String) throws -> [ReportFormat] {
    try list.split(separator: ",").map { name in
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard let format = ReportFormat(rawValue: trimmed) else { throw ReportError.unknownFormat(trimmed) }
      return format
    }
  }
}
