/// A plain-text table for the terminal, columns padded to their widest cell (Han characters
/// count as two columns), each line starting with `indent`.
struct TextTable: Sendable {
  var header: [String]
  var rows: [[String]]
  var indent = "  "

  func render() -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) }
    }
    var out = ""
    for (n, row) in all.enumerated() {
      let cells = row.enumerated().map { i, cell in
        i == row.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[i] - Self.width(cell)))
      }
      out += indent + cells.joined(separator: "  ") + "\n"
      if n == 0 { out += indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
    }
    return out
  }

  /// Display width: East Asian wide characters take two columns.
  static func width(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  private static func isWide(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
