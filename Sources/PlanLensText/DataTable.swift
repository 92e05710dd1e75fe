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
    for (number, line) in Self.lines(of: text).enumerated() {
      let trimmed = Self.trimmed(line)
      if trimmed.isEmpty || trimmed.unicodeScalars.first == "#" { continue }
      var example: String? = nil
      var fields: [String] = []
      for field in line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false) {
        let value = Self.trimmed(Substring(field)).unicodeScalars
        if value.starts(with: Self.examplePrefix.unicodeScalars) {
          example = String(Substring(value.dropFirst(Self.examplePrefix.unicodeScalars.count)))
        } else {
          fields.append(String(Substring(value)))
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

  /// The lines of `text`, cut at every line break (CR LF counting as one), read scalar by scalar:
  /// a table is parsed at every start-up, and grapheme breaking would cost more than the rest.
  static func lines(of text: String) -> [Substring] {
    var out: [Substring] = []
    let view = text.unicodeScalars
    var start = view.startIndex
    var i = view.startIndex
    while i < view.endIndex {
      let scalar = view[i]
      let next = view.index(after: i)
      switch scalar {
      case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
        out.append(Substring(view[start..<i]))
        start = next
      case "\r":
        out.append(Substring(view[start..<i]))
        start = next < view.endIndex && view[next] == "\n" ? view.index(after: next) : next
      default:
        break
      }
      i = scalar == "\r" ? start : next
    }
    out.append(Substring(view[start..<view.endIndex]))
    return out
  }

  /// `field` without the spaces and tabs at either end.
  static func trimmed(_ field: Substring) -> Substring {
    let view = field.unicodeScalars
    var lo = view.startIndex
    var hi = view.endIndex
    while lo < hi, ScalarText.isWhitespace(view[lo]) { view.formIndex(after: &lo) }
    while lo < hi {
      let before = view.index(before: hi)
      guard ScalarText.isWhitespace(view[before]) else { break }
      hi = before
    }
    return Substring(view[lo..<hi])
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
