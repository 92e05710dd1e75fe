import Foundation
import PlanLensIngest
import PlanLensPipeline

/// Reads, extracts and stores files: each file is read, skipped when its content hash is stored
/// already, run through the ``PlanLensPipeline/ExtractionPipeline`` and written in one transaction.
///
/// Several files are extracted at once on ``PlanLensPipeline/OrderedBatch`` (one per core by
/// default) while the writes follow one by one in the order of the files; only the files in
/// flight are held in memory.
public struct CorpusIngester: Sendable {
  /// Writes each extracted file; its `store` is the database ingested into.
  public let writer: DocumentWriter
  let pipeline: ExtractionPipeline
  let reader = DocumentReader()
  let segmenter = SearchSegmenter()

  /// An ingester into `store` with the rule tables shipped with PlanLens.
  public init(store: PlanStore) throws {
    self.writer = try DocumentWriter(store: store)
    self.pipeline = try ExtractionPipeline()
  }

  /// Ingests `files` with up to `concurrency` files extracted at once, storing them in the
  /// order given (so ids follow that order), calling `report` once per file in that order, and
  /// returning the counts.
  public func ingest(
    files: [String], concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    report: @Sendable (FileIngestResult) -> Void = { _ in }
  ) async -> IngestSummary {
    var summary = IngestSummary()
    await OrderedBatch(concurrency: concurrency).run(files) { file in
      self.extract(file: file)
    } deliver: { index, extraction in
      let result = await store(extraction, path: files[index])
      summary.add(result)
      report(result)
    }
    return summary
  }

  /// Reads, extracts and stores one file; never throws, a failure is a result.
  public func ingest(file path: String) async -> FileIngestResult {
    await store(extract(file: path), path: path)
  }

  /// A file read and extracted, found stored already, or failed.
  enum Extraction: Sendable {
    case prepared(PreparedDocument)
    case stored(Int64)
    case failed(String)
  }

  /// Reads and extracts `path` unless its content is stored already.
  func extract(file path: String) -> Extraction {
    do {
      let source = try reader.read(path: path)
      if let stored = try writer.store.documentID(sha256: source.info.sha256) {
        return .stored(stored)
      }
      return .prepared(
        try PreparedDocument(document: pipeline.extract(source), text: source.text, segmenter: segmenter))
    } catch let error as IngestError {
      return .failed(error.description)
    } catch let error as StoreError {
      return .failed(Self.naming(path, in: error.description))
    } catch {
      return .failed(Self.naming(path, in: String(describing: error)))
    }
  }

  /// Writes an extraction in its own transaction.
  func store(_ extraction: Extraction, path: String) async -> FileIngestResult {
    switch extraction {
    case .failed(let message):
      return .failed(path: path, message: message)
    case .stored(let id):
      return .stored(path: path, outcome: .unchanged(documentID: id))
    case .prepared(let prepared):
      do {
        return .stored(path: path, outcome: try await writer.store(prepared))
      } catch {
        return .failed(path: path, message: Self.naming(path, in: error.description))
      }
    }
  }

  /// `message` prefixed with the file it concerns when it does not name it.
  static func naming(_ path: String, in message: String) -> String {
    message.hasPrefix(path) ? message : "\(path): \(message)"
  }
}
