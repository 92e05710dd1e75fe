/// The formats tables are printed in: an aligned table for the terminal, CSV (RFC 4180) for
/// pandas and R, JSON (an array of objects, keys sorted), or a GitHub-flavoured Markdown table.
public enum OutputFormat: String, CaseIterable, Sendable {
  case text, csv, json, md
}
