import Foundation
import PlanLensText

/// A compiled regular expression shared between threads (NSRegularExpression is immutable).
struct RegexBox: @unchecked Sendable {
  let regex: NSRegularExpression

  /// `pattern` must be a literal of this module (checked by the tests), never input.
  init(_ pattern: String) {
    // swift-format-ignore: NeverUseForceTry
    regex = try! NSRegularExpression(pattern: pattern)
  }

  /// A pattern from row `row` of a rule table, which a researcher may have mistyped.
  init(validating pattern: String, table: String, row: Int) throws {
    do {
      regex = try NSRegularExpression(pattern: pattern)
    } catch {
      throw DataTableError.badRow(table: table, row: row, reason: "not a regular expression: \(pattern)")
    }
  }
}
