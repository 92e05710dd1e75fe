import CICU

/// A regular expression in ICU's syntax (the one NSRegularExpression speaks), searched over a
/// text's UTF-16 code units in place: no String, no bridged NSString copied chunk by chunk.
///
/// Compiled once and shared between threads; each search runs on its own clone.
final class ICURegularExpression: @unchecked Sendable {
  private let handle: OpaquePointer

  /// Compiles `pattern`; `multiline` makes ^ and $ match at line ends.
  init(_ pattern: String, multiline: Bool) throws(TextError) {
    let units = Array(pattern.utf16)
    var status: Int32 = 0
    var offset: Int32 = 0
    let opened = units.withUnsafeBufferPointer {
      pl_regex_open($0.baseAddress, Int32($0.count), multiline ? 1 : 0, &status, &offset)
    }
    guard let opened else { throw .badPattern(pattern: pattern, offset: Int(offset), code: status) }
    handle = opened
  }

  deinit { pl_regex_close(handle) }

  /// The UTF-16 ranges of the matches in `units`, in order; `work`, when given, counts the
  /// positions tried and every 10,000 matching steps.
  func matches(in units: UnsafeBufferPointer<UInt16>, work: UnsafeMutablePointer<Int64>? = nil) throws(TextError)
    -> [Range<Int>]
  {
    var capacity = 64
    while true {
      var ranges = [Int32](repeating: 0, count: 2 * capacity)
      var counted: Int64 = 0
      // The counting callbacks cost a call per position: only installed when work is asked for.
      let count = ranges.withUnsafeMutableBufferPointer { found in
        work == nil
          ? pl_regex_find(handle, units.baseAddress, Int32(units.count), found.baseAddress, Int32(capacity), nil)
          : pl_regex_find(handle, units.baseAddress, Int32(units.count), found.baseAddress, Int32(capacity), &counted)
      }
      if count < 0 { throw .icu(function: "uregex_findNext", code: -count) }
      if Int(count) <= capacity {
        work?.pointee += counted
        return (0..<Int(count)).map { Int(ranges[2 * $0])..<Int(ranges[2 * $0 + 1]) }
      }
      capacity = Int(count)
    }
  }

  /// Whether the pattern matches anywhere in `text`.
  func matches(_ text: String) -> Bool {
    let units = Array(text.utf16)
    return units.withUnsafeBufferPointer { (try? matches(in: $0).isEmpty == false) ?? false }
  }
}
