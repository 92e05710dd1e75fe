/// What `ingest` did with one file.
public enum FileIngestResult: Sendable, Equatable {
  /// The file was read and stored (or found stored already).
  case stored(path: String, outcome: StoreOutcome)
  /// The file was not stored; `message` is one line `PATH: what is wrong; what to do`.
  case failed(path: String, message: String)

  /// The file, as given or found.
  public var path: String {
    switch self {
    case .stored(let path, _), .failed(let path, _): return path
    }
  }
}
