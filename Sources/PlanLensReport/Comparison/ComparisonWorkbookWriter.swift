import CXLSX
import Foundation
import PlanLensCompare

/// The comparison as one Excel workbook (comparison.xlsx), a sheet per section holding the rows
/// of the CSVs, written by Debian's libxlsxwriter through the `CXLSX` shim. Plain numbers are
/// written as numbers, everything else as text; the header row is bold and frozen.
struct ComparisonWorkbookWriter {
  /// Recorded as the workbook's creation time, so the same comparison gives the same bytes
  /// (2020-01-01T00:00:00Z).
  static let reproducibleTimestamp: Int64 = 1_577_836_800
  /// The width of every column, in characters.
  static let columnWidth = 18.0
  /// The longest sheet name Excel accepts.
  static let maxSheetName = 31

  /// Writes `tables` as sheets of a workbook at `url`.
  func write(_ tables: [ComparisonTable], to url: URL) throws {
    guard let book = pl_xlsx_open(url.path, Self.reproducibleTimestamp) else {
      throw ReportError.workbook(path: url.path, reason: "the workbook could not be created")
    }
    var failure: String? = nil
    let bold = pl_xlsx_bold_format(book)
    for table in tables where failure == nil {
      guard let sheet = pl_xlsx_add_sheet(book, String(table.name.prefix(Self.maxSheetName))) else {
        failure = "sheet name \(table.name) refused"
        break
      }
      _ = pl_xlsx_layout(sheet, UInt16(clamping: table.header.count), Self.columnWidth)
      for (row, cells) in ([table.header] + table.rows).enumerated() {
        for (column, text) in cells.enumerated() {
          let (r, c) = (UInt32(clamping: row), UInt16(clamping: column))
          let code: Int32
          if row > 0, let value = Self.number(text) {
            code = pl_xlsx_write_number(sheet, r, c, value)
          } else {
            code = pl_xlsx_write_string(sheet, r, c, text, row == 0 ? bold : nil)
          }
          if code != 0 { failure = "\(table.name) row \(row + 1): " + String(cString: pl_xlsx_error(code)) }
        }
      }
    }
    let closed = pl_xlsx_close(book)
    if let failure { throw ReportError.workbook(path: url.path, reason: failure) }
    if closed != 0 { throw ReportError.workbook(path: url.path, reason: String(cString: pl_xlsx_error(closed))) }
  }

  /// The value of a cell that is a plain decimal number as the CSVs print it (55, 0.333, -2),
  /// not a code with a leading zero; nil for text.
  static func number(_ text: String) -> Double? {
    let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0] == "0" || !parts[0].hasPrefix("0")
    else { return nil }
    return Double(text)
  }
}
