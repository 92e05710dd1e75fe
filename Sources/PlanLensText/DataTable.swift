import Foundation

/// A rule table shipped as a tab-separated resource, so researchers extend rules without Swift.
///
/// Lines starting with `#` and blank lines are ignored; fields are separated by tabs; a row may
/// have fewer fields than the widest one. The first non-comment row is data, not a header.
///
/// A field that starts with `例：` is the row's example sentence: it is kept apart in `examples`
/// (not in `rows`), and the table's tests fire the row on it, so a row that never fires shows.
public struct DataTable: Sendable {
  /// The prefix that marks a row's example sentence.
  public static let examplePrefix = "例："

  public let name: String
  public let rows: [[String]]
  /// The example sentence of each row (same index as `rows`), nil where a row has none.
  public let examples: [String?]
  /// The line number (1-based) of each row in the file, for error messages.
  public let lineNumbers: [Int]

  public init(name: String, text: String) {
    self.name = name
    var rows: [[String]] = []
    var examples: [String?] = []
    var lineNumbers: [Int] = []
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (number, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      var example: String? = nil
      var fields: [String] = []
      for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
        let value = field.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix(Self.examplePrefix) {
          example = String(value.dropFirst(Self.examplePrefix.count))
        } else {
          fields.append(value)
        }
      }
      while let last = fields.last, last.isEmpty, example != nil { fields.removeLast() }
      rows.append(fields)
      examples.append(example)
      lineNumbers.append(number + 1)
    }
    self.rows = rows
    self.examples = examples
    self.lineNumbers = lineNumbers
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
