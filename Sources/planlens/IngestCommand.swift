import ArgumentParser
import Foundation
import PlanLensPipeline
import PlanLensStore

/// `planlens ingest PATH... [--db FILE]`.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Store plan documents in the PlanLens database (SQLite), skipping ones already stored.",
    discussion: """
      Reads each PATH (a .txt, .docx, .doc, .wps, .odt, .html, .pdf or .ofd file, or a folder searched recursively for them), extracts it as `planlens extract` does and stores the result: document, jurisdiction, lineage (the versions of one plan), headings, provisions and their search index, quantities, departments, responsibilities and milestones.

      A file whose content (sha256) is stored already is skipped, so running ingest twice adds nothing. Each document is stored in one transaction: a file that fails is reported as `error: PATH: problem; what to do` and leaves nothing behind, the others still go in, and the exit status is then 1.

      In folders, documents of formats PlanLens does not read (.rtf, .xls, Word templates …) and sub-folders that cannot be listed are named on stderr as `skipped: PATH: why; what to do` and counted in the closing line; other files (images, manifests) are ignored.

      Exit status: 0 when every file was stored or found stored already; 1 when a file failed, or when there was no file to read at all (an empty folder, or one of skipped files only); 2 when everything readable went in but files in folders were skipped.

      Several ingests may run at once on the same database (WAL mode; a writer waits up to 10 s for another). A progress bar is drawn on stderr when it is a terminal. The closing line counts documents added, unchanged, new versions of a stored plan, and failures.

      Examples:
        planlens ingest corpus/
        planlens ingest corpus/*.txt new-plans/ --db plans.sqlite
      """
  )

  @Argument(help: "Files (.txt, .docx, .doc, .wps, .odt, .html, .pdf, .ofd) or folders to ingest.")
  var paths: [String]

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Files extracted at once (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    let store = try database.open(create: true)
    let collection = FileCollector().collect(paths)
    let files = collection.files
    for skipped in collection.skipped { StandardError.print("skipped: \(skipped)") }
    let ingester = try StoreCommandFailure.reporting { try CorpusIngester(store: store) }
    let started = Date()
    let bar = IngestProgressBar(total: files.count)
    let jobs = max(1, jobs)
    let summary = BlockingTask.run {
      await ingester.ingest(files: files, concurrency: jobs) { bar.report($0) }
    }
    bar.finish()
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    let skipped = collection.skipped.isEmpty ? "" : ", \(collection.skipped.count) skipped"
    StoreCommandFailure.print(
      "\(database.db): \(summary)\(skipped) (\(files.count) \(files.count == 1 ? "file" : "files"), \(seconds) s)\n")
    if files.isEmpty {
      StandardError.print(
        "error: \(paths.joined(separator: " ")): no .txt, .docx, .doc, .wps, .odt, .html, .pdf or .ofd file to ingest\(collection.skipped.isEmpty ? "" : " (\(collection.skipped.count) skipped, named above)"); convert the plans to one of these formats"
      )
      throw ExitCode(1)
    }
    if summary.failed > 0 { throw ExitCode(1) }
    if !collection.skipped.isEmpty { throw ExitCode(2) }
  }
}
