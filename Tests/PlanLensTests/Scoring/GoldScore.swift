import Foundation

/// Counts of one scored field: true positives, predictions and gold items (F1 fields), or right
/// and total (the metadata share).
struct FieldCount: Sendable {
  var hits = 0
  var predicted = 0
  var gold = 0

  static func + (a: FieldCount, b: FieldCount) -> FieldCount {
    FieldCount(hits: a.hits + b.hits, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
  }

  /// Micro F1, as `eval/score.py` computes it.
  var f1: Double {
    let precision = predicted > 0 ? Double(hits) / Double(predicted) : (gold == 0 ? 1 : 0)
    let recall = gold > 0 ? Double(hits) / Double(gold) : 1
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
  }
}

/// The figures of `eval/score.py` over a set of documents.
struct GoldScore: Sendable {
  var headings = FieldCount()
  var headingsTree = FieldCount()
  var quantityDetect = FieldCount()
  var quantityTuple = FieldCount()
  var responsibilities = FieldCount()
  var milestones = FieldCount()
  /// Right metadata fields (hits) out of twelve per document (gold).
  var meta = FieldCount()
  /// Quotes whose span does not slice the source to the quote.
  var badSpans = 0
  /// What differs from the gold, one line per item and field: `quantity “…”: unit 个, gold 张`,
  /// `meta issuer: 某局, gold 某办公室` (prefixed with the document by ``GoldSet``).
  var misses: [String] = []

  var metaShare: Double { meta.gold > 0 ? Double(meta.hits) / Double(meta.gold) : 0 }

  static func + (a: GoldScore, b: GoldScore) -> GoldScore {
    GoldScore(
      headings: a.headings + b.headings, headingsTree: a.headingsTree + b.headingsTree,
      quantityDetect: a.quantityDetect + b.quantityDetect, quantityTuple: a.quantityTuple + b.quantityTuple,
      responsibilities: a.responsibilities + b.responsibilities, milestones: a.milestones + b.milestones,
      meta: a.meta + b.meta, badSpans: a.badSpans + b.badSpans, misses: a.misses + b.misses)
  }

  /// One line like the scorer's summary.
  var summary: String {
    let f = { (x: Double) in String(format: "%.3f", x) }
    return "headings_tree=\(f(headingsTree.f1)) qty_detect=\(f(quantityDetect.f1)) "
      + "qty_tuple=\(f(quantityTuple.f1)) resp=\(f(responsibilities.f1)) meta=\(f(metaShare)) "
      + "milestones=\(f(milestones.f1)) spans=\(badSpans)"
  }

  /// The summary and the first `limit` misses, one a line: what a failing floor prints.
  func report(limit: Int = 40) -> String {
    let more = misses.count > limit ? ["… and \(misses.count - limit) more"] : []
    return ([summary] + misses.prefix(limit) + more).joined(separator: "\n")
  }
}
