import Foundation
import Mustache
import PlanLensDiff

/// The Mustache templates of the diff reports, read from the bundle once.
struct DiffTemplateLibrary: Sendable {
  static let names = ["diff-text", "diff-markdown", "diff-html"]
  /// Pieces the HTML template includes inline; their final line break is dropped so it does not
  /// put a space between the words they render.
  static let partials = ["diff-html-link", "diff-html-run"]

  let library: MustacheLibrary

  init() throws {
    MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    var library = MustacheLibrary()
    for name in Self.names + Self.partials {
      guard let url = Bundle.module.url(forResource: name, withExtension: "mustache"),
        var text = try? String(contentsOf: url, encoding: .utf8)
      else { throw DiffError.templateMissing(name) }
      if Self.partials.contains(name) { while text.hasSuffix("\n") { text.removeLast() } }
      do {
        library.register(try MustacheTemplate(string: text), named: name)
      } catch {
        throw DiffError.templateInvalid(name: name, reason: String(describing: error))
      }
    }
    self.library = library
  }

  func render(_ view: DiffReportView, template name: String) throws -> String {
    guard let out = library.render(view, withTemplate: name) else { throw DiffError.templateMissing(name) }
    return out
  }
}
