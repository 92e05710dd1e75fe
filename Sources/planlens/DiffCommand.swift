import ArgumentParser
import Foundation
import PlanLensDiff
import PlanLensPipeline
import PlanLensReport
import PlanLensStore

/// `planlens diff OLD NEW [--format text|md|html|json] [--out FILE]`, or two stored documents
/// with `--db FILE`.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what a new version of a plan changed: targets, departments, dates, and each provision.",
    discussion: """
      Pairs the provisions of the two versions by text, title and label similarity, so renumbering, tasks moved to another section, splits and merges are recognised. Each provision is unchanged, reworded, moved, added or removed; reworded ones get a word-level redline. Fact changes come first: targets whose value, comparator, unit or deadline changed, targets added or removed, departments added, dropped or moved between lead and support, milestones moved, metadata changed (draft → final, title, issuer, date).

      --format text (default) for a terminal, md for a memo, html for one self-contained redline file (side-by-side view, every change linked to its spans in both sources), json for scripts (see docs/version-diff.md).

      Examples:
        planlens diff reports/diff-example/jining-action-plan-draft.txt corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt
        planlens diff OLD.docx NEW.docx --format html --out redline.html
        planlens diff --db plans.sqlite 3 7 --format json
      """
  )

  @Argument(
    help:
      "The old version, then the new: two files (.txt, .docx, .html), or with --db two stored documents (id, sha256 prefix or stored path)."
  )
  var versions: [String]

  @Option(help: "Diff two documents stored in this PlanLens database instead of two files.")
  var db: String?

  @Option(help: "Output format: text, md, html or json.")
  var format: DiffFormatOption = .text

  @Option(help: "Write the diff to this file instead of standard output.")
  var out: String?

  func validate() throws {
    guard versions.count == 2 else {
      throw ValidationError("give exactly two versions, the old one first: planlens diff OLD NEW")
    }
  }

  func run() throws {
    let old: DiffInput
    let new: DiffInput
    if let db {
      do {
        let loader = DocumentLoader(store: try PlanStore.openReadOnly(path: db))
        old = try Self.stored(versions[0], loader: loader)
        new = try Self.stored(versions[1], loader: loader)
      } catch {
        StandardError.print("error: \(ErrorDescription.of(error, path: db))")
        throw ExitCode(1)
      }
    } else {
      let pipeline = try ExtractionPipeline()
      var inputs: [DiffInput] = []
      for path in versions {
        do {
          let extracted = try pipeline.extract(file: path)
          inputs.append(DiffInput(document: extracted.document, sourceText: extracted.source.text))
        } catch {
          StandardError.print("error: \(ErrorDescription.of(error, path: path))")
        }
      }
      guard inputs.count == 2 else { throw ExitCode(1) }
      old = inputs[0]
      new = inputs[1]
    }
    let text: String
    do {
      text = try DiffRenderer().render(try VersionDiffer().diff(old: old, new: new), as: format.diffFormat)
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
    if let out {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: out))
      } catch {
        StandardError.print(
          "error: \(out): cannot write the diff (\(error.localizedDescription)); check the folder exists")
        throw ExitCode(1)
      }
    } else {
      StandardOutput.write(Data(text.utf8))
    }
  }

  /// A stored document and its source text, by id, sha256 prefix or stored path.
  private static func stored(_ reference: String, loader: DocumentLoader) throws -> DiffInput {
    let id = try loader.resolve(reference)
    return DiffInput(document: try loader.load(id: id), sourceText: try loader.sourceText(id: id))
  }
}

/// The diff formats as a command-line option.
enum DiffFormatOption: String, ExpressibleByArgument, CaseIterable {
  case text, md, html, json

  var diffFormat: DiffFormat {
    switch self {
    case .text: return .text
    case .md: return .md
    case .html: return .html
    case .json: return .json
    }
  }
}
