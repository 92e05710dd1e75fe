import ArgumentParser
import Foundation
import PlanLensIngest
import PlanLensKit
import PlanLensModel

/// `planlens extract FILE... [--format json|text]`.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract the structure, metadata and facts of plan documents.",
    discussion: """
      Reads each FILE (.txt in UTF-8, GB18030/GBK or UTF-16; .docx; .html), finds its cover notice, title, heading hierarchy, provisions, metadata, quantities, responsibilities and milestones, and prints them.

      --format json prints the export described in the README ("JSON export"): one pretty-printed object for one file, one compact object per line (JSON Lines) for several files.

      --format text prints an indented outline with labels, titles and provision counts, then tables of quantities, responsibilities and milestones.

      A file that cannot be read is reported on stderr as `error: FILE: problem; what to do` and the other files are still processed; the exit status is then 1.

      Examples:
        planlens extract corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt
        planlens extract corpus/*.txt --format text
        planlens extract corpus/*.txt --format json > plans.jsonl
      """
  )

  @Argument(help: "Plan documents to read (.txt, .docx, .html).")
  var files: [String]

  @Option(help: "Output format: json (the export contract) or text (an outline).")
  var format: ExtractFormat = .json

  func run() throws {
    let pipeline = try ExtractionPipeline()
    let reader = DocumentReader()
    var failed = 0
    for path in files {
      do {
        let source = try reader.read(path: path)
        let document = try pipeline.extract(source)
        try write(document, several: files.count > 1)
      } catch {
        failed += 1
        StandardError.print("error: \(ErrorDescription.of(error, path: path))")
      }
    }
    if failed > 0 { throw ExitCode(1) }
  }

  private func write(_ document: ExtractedDocument, several: Bool) throws {
    switch format {
    case .json:
      // Streamed: a large document's export is never held whole.
      try StreamingExportWriter(encoder: ExportEncoder(pretty: !several)).write(document) { StandardOutput.write($0) }
      StandardOutput.write(Data("\n".utf8))
    case .text:
      StandardOutput.write(Data(OutlineTextRenderer().render(document).utf8))
    }
  }
}

/// The formats `extract` prints.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
  case json, text
}
