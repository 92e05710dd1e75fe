import ArgumentParser
import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensReport

/// `planlens extract FILE... [--format json|text]`.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract the structure, metadata and facts of plan documents.",
    discussion: """
      Reads each FILE, or every plan in a folder searched recursively (.txt in UTF-8, GB18030/GBK or UTF-16; .docx; .doc, .wps and .odt through LibreOffice; .html; .pdf with a text layer, through poppler's pdftotext; .ofd), finds its cover notice, title, heading hierarchy, provisions, metadata, quantities, responsibilities and milestones, and prints them.

      --format json prints the export described in docs/json-export.md: one pretty-printed object for one file, one compact object per line (JSON Lines) for several files.

      --format text prints an indented outline with labels, titles and provision counts, then tables of quantities, responsibilities and milestones.

      A file that cannot be read is reported on stderr as `error: FILE: problem; what to do` and the other files are still processed; the exit status is then 1. Documents in folders in formats PlanLens does not read (.rtf, .xls …) are named as `skipped: FILE: why` and the exit status is 2 unless a file failed.

      Examples:
        planlens extract corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt
        planlens extract corpus/*.txt --format text
        planlens extract corpus/*.txt --format json > plans.jsonl
        planlens extract downloads/ --format text
      """
  )

  @Argument(help: "Plan documents (.txt, .docx, .doc, .wps, .odt, .html, .pdf, .ofd) or folders of them.")
  var files: [String]

  @Option(help: "Output format: json (the export contract) or text (an outline).")
  var format: ExtractFormat = .json

  func run() throws {
    let pipeline = try ExtractionPipeline()
    let collection = FileCollector().collect(files)
    for skipped in collection.skipped { StandardError.print("skipped: \(skipped)") }
    let files = collection.files
    let several = files.count > 1 || files != self.files
    let format = format
    let failed = BlockingTask.run {
      var failed = 0
      await pipeline.extract(files: files) { extraction in
        do {
          try Self.write(try extraction.result.get().document, as: format, several: several)
        } catch {
          failed += 1
          StandardError.print("error: \(ErrorDescription.of(error, path: extraction.path))")
        }
      }
      return failed
    }
    if failed > 0 { throw ExitCode(1) }
    if !collection.skipped.isEmpty { throw ExitCode(2) }
  }

  private static func write(_ document: ExtractedDocument, as format: ExtractFormat, several: Bool) throws {
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
