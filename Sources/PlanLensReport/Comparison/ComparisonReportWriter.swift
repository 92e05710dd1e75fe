import Foundation
import PlanLensCompare

/// Writes a comparison into a folder: comparison.md, comparison.html, comparison.json,
/// csv/*.csv and comparison.xlsx. Each file is written whole and then moved into place, so a
/// failure never leaves a half-written report.
public struct ComparisonReportWriter: Sendable {
  let html: ComparisonHTMLRenderer
  /// CSVs start with a UTF-8 byte-order mark, which Excel needs (`--excel-csv`).
  public var excelCSV: Bool

  public init(excelCSV: Bool = false) throws {
    html = try ComparisonHTMLRenderer()
    self.excelCSV = excelCSV
  }

  /// The paths written, relative to `directory`.
  @discardableResult
  public func write(_ c: Comparison, to directory: URL, formats: [ReportFormat], title: String) throws -> [String] {
    var files: [(String, String)] = []
    for format in formats {
      switch format {
      case .md: files.append(("comparison.md", ComparisonMarkdownRenderer().render(c, title: title)))
      case .html: files.append(("comparison.html", html.render(c, title: title)))
      case .json: files.append(("comparison.json", try Self.json(c)))
      case .csv: files += try ComparisonCSVWriter(excel: excelCSV).tables(c).map { ("csv/" + $0.0, $0.1) }
      case .xlsx: continue
      }
    }
    let fm = FileManager.default
    var written = files.map(\.0)
    if formats.contains(.xlsx) {
      let url = directory.appendingPathComponent(Self.workbookName)
      let partial = directory.appendingPathComponent("." + Self.workbookName + ".partial")
      do {
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        try ComparisonWorkbookWriter().write(ComparisonCSVWriter().sections(c), to: partial)
        if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
        try fm.moveItem(at: partial, to: url)
      } catch let error as ReportError {
        try? fm.removeItem(at: partial)
        throw error
      } catch {
        try? fm.removeItem(at: partial)
        throw ReportError.unwritable(path: url.path, reason: error.localizedDescription)
      }
      written.append(Self.workbookName)
    }
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      do {
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        throw ReportError.unwritable(path: url.path, reason: error.localizedDescription)
      }
    }
    return written
  }

  /// The workbook's file name.
  public static let workbookName = "comparison.xlsx"

  /// Pretty, key-sorted JSON.
  static func json(_ c: Comparison) throws -> String {
    String(decoding: try ExportEncoder(pretty: true).encode(c), as: UTF8.self) + "\n"
  }
}
