import PlanLensIngest
import PlanLensModel

extension ExtractionPipeline {
  /// Reads the file at `path` (.txt in any supported encoding, .docx, .html) and extracts it.
  public func extract(file path: String, reader: DocumentReader = DocumentReader()) throws -> ExtractedSource {
    let source = try reader.read(path: path)
    return ExtractedSource(source: source, document: try extract(source))
  }

  /// Reads and extracts `files` on ``OrderedBatch`` (up to `concurrency` at once), calling
  /// `deliver` with each file's outcome in file order, one at a time.
  public func extract(
    files: [String], concurrency: Int = OrderedBatch().concurrency, deliver: (FileExtraction) async -> Void
  ) async {
    let reader = DocumentReader()
    await OrderedBatch(concurrency: concurrency).run(files) { path in
      FileExtraction(path: path, result: Result { try self.extract(file: path, reader: reader) })
    } deliver: { _, extraction in
      await deliver(extraction)
    }
  }

  /// Reads and extracts `files`, up to `concurrency` at once; the outcomes in file order.
  public func extract(files: [String], concurrency: Int = OrderedBatch().concurrency) async -> [FileExtraction] {
    var outcomes: [FileExtraction] = []
    await extract(files: files, concurrency: concurrency) { outcomes.append($0) }
    return outcomes
  }
}
