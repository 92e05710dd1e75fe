import Foundation

/// Turns a .doc, .wps or .odt into a .docx with LibreOffice run headless (Debian
/// `libreoffice-writer-nogui`), so the one .docx reader reads all word-processor files.
///
/// Each conversion runs `soffice` without a shell, under a time limit, in a private folder that
/// holds the input's copy, a fresh LibreOffice profile (so conversions running at once, or a
/// LibreOffice the user has open, never share one) and the output; the folder is always removed.
struct WordProcessorConverter: Sendable {
  /// The Debian package that provides `soffice`, named in the error when it is missing.
  static let package = "libreoffice-writer-nogui"
  /// Seconds a conversion may take: a long plan converts in a few seconds, most of them
  /// LibreOffice starting with a fresh profile; two minutes means it is stuck.
  static let timeLimit: Double = 120

  var tool = ExternalTool(name: "soffice", timeLimit: Self.timeLimit)
  /// Where each conversion's private folder is made.
  var temporaryRoot = FileManager.default.temporaryDirectory

  /// Whether `soffice` can be run here.
  var isAvailable: Bool { tool.executablePath() != nil }

  /// The .docx LibreOffice makes of `data`, the content of the `fileExtension` file at `path`.
  func docx(from data: Data, fileExtension: String, path: String) throws(IngestError) -> Data {
    let folder = temporaryRoot.appendingPathComponent("planlens-soffice-\(UUID().uuidString)")
    let profile = folder.appendingPathComponent("profile", isDirectory: true)
    let output = folder.appendingPathComponent("out", isDirectory: true)
    let input = folder.appendingPathComponent("document." + fileExtension)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
      try data.write(to: input)
    } catch {
      throw .unreadable(path: path, reason: "cannot write a temporary copy for LibreOffice")
    }
    let outcome: ExternalTool.Outcome
    do throws(ExternalTool.Failure) {
      outcome = try tool.run([
        "--headless", "--norestore", "--nologo", "--nolockcheck",
        "-env:UserInstallation=" + profile.absoluteString,
        "--convert-to", "docx", "--outdir", output.path, input.path,
      ])
    } catch {
      switch error {
      case .notInstalled: throw .missingTool(path: path, tool: "soffice", package: Self.package)
      case .launchFailed(let reason): throw .unreadable(path: path, reason: "soffice did not start: \(reason)")
      }
    }
    if outcome.timedOut { throw .conversionTimedOut(path: path, seconds: Int(tool.timeLimit)) }
    let converted = output.appendingPathComponent("document.docx")
    guard let docx = try? Data(contentsOf: converted), !docx.isEmpty else {
      throw .conversionFailed(path: path, fileExtension: fileExtension, reason: Self.reason(outcome))
    }
    return docx
  }

  /// Why no .docx came out: LibreOffice's "Error: …" line (it exits 0 even then), else its status.
  static func reason(_ outcome: ExternalTool.Outcome) -> String {
    let messages = outcome.errorOutput + "\n" + String(decoding: outcome.output, as: UTF8.self)
    let lines = messages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    if let error = lines.first(where: { $0.hasPrefix("Error") }) {
      return String(error.prefix(200))
    }
    return outcome.status == 0
      ? "no .docx came out" : "soffice exited with status \(outcome.status) and no .docx came out"
  }
}
