import Foundation
import PlanLensDiff

/// Renders a `DocumentDiff` as text, Markdown, a self-contained HTML redline, or JSON.
///
/// Build one and reuse it: it holds the parsed templates.
public struct DiffRenderer: Sendable {
  let templates: DiffTemplateLibrary

  public init() throws {
    templates = try DiffTemplateLibrary()
  }

  /// The diff in `format`; text formats end with a newline.
  public func render(_ diff: DocumentDiff, as format: DiffFormat) throws -> String {
    switch format {
    case .json:
      do {
        return String(decoding: try ExportEncoder(pretty: true).encode(diff), as: UTF8.self) + "\n"
      } catch {
        throw DiffError.encoding(String(describing: error))
      }
    case .text:
      return try templates.render(DiffReportViewBuilder(diff: diff, sources: false).view(), template: "diff-text")
    case .md:
      return try templates.render(DiffReportViewBuilder(diff: diff, sources: false).view(), template: "diff-markdown")
    case .html:
      return try templates.render(DiffReportViewBuilder(diff: diff, sources: true).view(), template: "diff-html")
    }
  }
}
