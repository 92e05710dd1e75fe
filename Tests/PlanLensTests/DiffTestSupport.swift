import Foundation
import PlanLensDiff
import PlanLensModel
import PlanLensReport

/// Helpers shared by the diff tests.
enum DiffTestSupport {
  static let differ = VersionDiffer()

  static let renderer: DiffRenderer = {
    do { return try DiffRenderer() } catch { fatalError("diff renderer: \(error)") }
  }()

  /// The five corpus file names.
  static var corpusFiles: [String] { CorpusManifest.entries.map(\.file) }

  /// The diff of two texts written in a test.
  static func diff(_ old: String, _ new: String) throws -> DocumentDiff {
    try differ.diff(
      old: DiffInput(document: try TestSupport.extract(old, path: "old.txt"), sourceText: old),
      new: DiffInput(document: try TestSupport.extract(new, path: "new.txt"), sourceText: new))
  }

  /// A provision's text after its label: what survives renumbering.
  static func body(_ provision: Provision) -> String {
    var rest = Substring(provision.text)
    if !provision.label.isEmpty, rest.hasPrefix(provision.label) { rest = rest.dropFirst(provision.label.count) }
    return String(rest.drop { $0.isWhitespace })
  }
}
