import Foundation

/// A rule table shipped as a tab-separated resource, so researchers extend rules without Swift.
///
/// Lines starting with `#` and blank lines are ignored; fields are separated by tabs; a row may
/// have fewer fields than the widest one. The first non-comment row is data, not a header.
public struct DataTable: Sendable {
  public let name: String
  public let rows: [[String]]

  public init(name: String, text: String) {
    self.name = name
    self.rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .compactMap { line -> [String]? in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        return line.split(separator: "\t", omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
      }
  }

  /// Loads `name` (e.g. "cleaning-rules.tsv") from `bundle`.
  public static func load(_ name: String, in bundle: Bundle) throws -> DataTable {
    let url =
      bundle.url(forResource: name, withExtension: nil)
      ?? bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
    guard let url else { throw DataTableError.missing(name) }
    let data = try Data(contentsOf: url)
    guard let text = String(data: data, encoding: .utf8) else {
      throw DataTableError.notUTF8(name)
    }
    return DataTable(name: name, text: text)
  }

  /// The first column of every row.
  public var firstColumn: [String] { rows.compactMap(\.first).filter { !$0.isEmpty } }
}

/// A rule table that could not be read.
public enum DataTableError: Error, CustomStringConvertible, Equatable, Sendable {
  case missing(String)
  case notUTF8(String)
  case badRow(table: String, row: Int, reason: String)

  public var description: String {
    switch self {
    case .missing(let name): return "rule table \(name) is missing from the package resources"
    case .notUTF8(let name): return "rule table \(name) is not UTF-8"
    case .badRow(let table, let row, let reason): return "rule table \(table), row \(row): \(reason)"
    }
  }
}
