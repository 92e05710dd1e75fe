import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensStructure
import PlanLensText

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let corpus = packageRoot.appendingPathComponent("corpus")

  /// One pipeline for all tests: the rule tables are parsed once.
  static let pipeline: ExtractionPipeline = {
    do { return try ExtractionPipeline() } catch { fatalError("pipeline: \(error)") }
  }()

  static let parser: OutlineParser = {
    do { return try OutlineParser() } catch { fatalError("parser: \(error)") }
  }()

  static let cleaner: TextCleaner = {
    do { return try TextCleaner.standard() } catch { fatalError("cleaner: \(error)") }
  }()

  /// The outline of a text written in a test.
  static func outline(_ text: String) -> DocumentOutline {
    parser.parse(cleaner.clean(MappedText(source: text)))
  }

  /// The extraction of a text written in a test.
  static func extract(_ text: String, path: String = "test.txt") throws -> ExtractedDocument {
    try pipeline.extract(
      SourceDocument(info: SourceInfo(path: path, sha256: "", encoding: "UTF-8", format: "txt"), text: text))
  }

  /// (level, label, title) of each heading, for compact assertions.
  static func tree(_ outline: DocumentOutline) -> [String] {
    outline.headings.map { "\($0.level) \($0.label)\($0.title)" }
  }

  /// The source slice of a span.
  static func slice(_ text: String, _ span: Span) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
  }

  /// A corpus document's text, by file name.
  static func corpusText(_ name: String) throws -> String {
    try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
  }
}
