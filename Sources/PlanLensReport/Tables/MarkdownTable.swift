/// A GitHub-flavoured Markdown table with its cells escaped (| and line breaks).
public struct MarkdownTable: Sendable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  public func render() -> String {
    var out = "| " + header.map(Self.escape).joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for row in rows {
      out += "| " + row.map(Self.escape).joined(separator: " | ") + " |\n"
    }
    return out
  }

  static func escape(_ cell: String) -> String {
    cell.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
  }
}
