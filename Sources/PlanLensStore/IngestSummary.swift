/// Counts of an `ingest` run, printed as its closing line.
public struct IngestSummary: Sendable, Equatable, CustomStringConvertible {
  /// Documents stored by this run.
  public var added = 0
  /// Files whose content was stored already (same sha256).
  public var unchanged = 0
  /// Of the added documents, those that joined a lineage holding another version.
  public var newVersions = 0
  /// Files that could not be read, extracted or stored.
  public var failed = 0

  public init() {}

  /// Counts `result` in.
  public mutating func add(_ result: FileIngestResult) {
    switch result {
    case .stored(_, .added(_, _, let newVersion)):
      added += 1
      if newVersion { newVersions += 1 }
    case .stored(_, .unchanged):
      unchanged += 1
    case .failed:
      failed += 1
    }
  }

  /// Files seen.
  public var total: Int { added + unchanged + failed }

  /// "5 added, 0 unchanged, 0 new versions, 0 failed".
  public var description: String {
    "\(added) added, \(unchanged) unchanged, \(newVersions) new \(newVersions == 1 ? "version" : "versions"), \(failed) failed"
  }
}
