import Foundation
import PlanLensCompare

/// Writes a comparison into a folder: comparison.md, comparison.html, comparison.json and
/// csv/*.csv. Each file is written whole and then moved into place, so a failure never leaves a
/// half-written report.
public struct ComparisonReportWriter: Sendable {
  let html: ComparisonHTMLRenderer

  public init() throws {
    html = try ComparisonHTMLRenderer()
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
      case .csv: files += try ComparisonCSVWriter().tables(c).map { ("csv/" + $0.0, $0.1) }
      }
    }
    let fm = FileManager.default
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      do {
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        throw ReportError.unwritable(path: url.path, reason: error.localizedDescription)
      }
    }
    return files.map(\.0)
  }

  /// Pretty, key-sorted JSON.
  static func json(_ c: Comparison) throws -> String {
    String(decoding: try ExportEncoder(pretty: true).encode(c), as: UTF8.self) + "\n"
  }
}
