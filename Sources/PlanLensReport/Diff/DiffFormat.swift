/// The renderings of a version diff.
public enum DiffFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal: `[-deleted-]{+inserted+}`.
  case text
  /// Markdown for a memo: ~~deleted~~ **inserted**.
  case md
  /// One self-contained HTML redline (inline CSS and JS, nothing fetched).
  case html
  /// JSON for scripts (see docs/version-diff.md).
  case json
}
