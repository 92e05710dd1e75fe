import Foundation
import PlanLensIngest
import PlanLensPipeline
import PlanLensReport

/// A set of documents with gold annotations (`eval/…`), scored through the same pipeline and
/// JSON export as `planlens extract --format json`.
struct GoldSet: Sendable {
  /// Folder of source texts.
  var corpus: URL
  /// Folder of `<stem>.json` gold files.
  var gold: URL

  /// The seed corpus (`corpus/`) with its gold (`eval/corpus-gold/`).
  static let corpus = GoldSet(
    corpus: TestSupport.packageRoot.appendingPathComponent("corpus"),
    gold: TestSupport.packageRoot.appendingPathComponent("eval/corpus-gold"))

  /// The eight real documents of other fields and levels (`eval/dev/`).
  static let dev = GoldSet(
    corpus: TestSupport.packageRoot.appendingPathComponent("eval/dev/corpus"),
    gold: TestSupport.packageRoot.appendingPathComponent("eval/dev/gold"))

  /// The stems of the gold files.
  func stems() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".json") }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// The score of one document.
  func score(_ stem: String) throws -> GoldScore {
    let path = corpus.appendingPathComponent(stem + ".txt").path
    let source = try DocumentReader().read(path: path)
    let export = try ExportEncoder().encode(try TestSupport.pipeline.extract(source))
    let goldData = try Data(contentsOf: gold.appendingPathComponent(stem + ".json"))
    guard let prediction = try JSONSerialization.jsonObject(with: export) as? [String: Any],
      let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any]
    else { throw GoldSetError.notAnObject(stem) }
    var score = GoldScorer.score(source: source.text, gold: gold, prediction: prediction)
    score.misses = score.misses.map { "\(stem): \($0)" }
    return score
  }

  /// The micro-averaged score of every document.
  func score() throws -> GoldScore {
    try stems().reduce(GoldScore()) { $0 + (try score($1)) }
  }
}

enum GoldSetError: Error {
  case notAnObject(String)
}
