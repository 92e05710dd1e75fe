/// A file in a folder that `ingest` or `report` did not read, and why: printed as
/// `skipped: PATH: why; what to do` and counted in the closing line.
public struct SkippedFile: Sendable, Equatable, CustomStringConvertible {
  /// Why a file was passed over.
  public enum Reason: Sendable, Equatable {
    /// A document in a format PlanLens does not read yet (the lower-case extension).
    case unsupportedFormat(String)
    /// A sub-folder that could not be listed (the file system's reason).
    case unlistable(String)
  }

  /// The file or folder, as the user would write it (the folder as given plus the rest).
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// Extensions of documents that may hold a plan but are not read (templates, RTF, sheets): found in a folder,
  /// they are named as skipped rather than passed over in silence. Other files (images,
  /// manifests, scripts) are not plans and are ignored.
  public static let documentExtensions: Set<String> = [
    "docm", "dot", "dotx", "wpt", "rtf", "xls", "xlsx", "et",
  ]

  /// `PATH: why; what to do`.
  public var description: String {
    switch reason {
    case .unsupportedFormat(let ext):
      return "\(path): .\(ext) files are not read; convert it to .txt, .docx or .html to include it"
    case .unlistable(let why):
      return "\(path): the folder cannot be listed (\(why)); check that you may read it"
    }
  }
}
