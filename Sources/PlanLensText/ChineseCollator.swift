import CICU

/// Sorts Chinese names the way a Chinese reader expects (pinyin order, ICU's zh collation).
///
/// ICU collators are safe to share between threads for comparisons once opened.
public final class ChineseCollator: @unchecked Sendable {
  private let handle: OpaquePointer

  /// Opens ICU's collator for `locale` ("zh" = pinyin).
  public init(locale: String = "zh") throws {
    guard let h = pl_collator_open(locale) else {
      throw TextError.icu(function: "ucol_open", code: 0)
    }
    handle = h
  }

  deinit { pl_collator_close(handle) }

  /// Whether `a` sorts before `b`.
  public func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
    compare(a, b) < 0
  }

  /// -1, 0 or 1.
  public func compare(_ a: String, _ b: String) -> Int {
    let ua = Array(a.utf16)
    let ub = Array(b.utf16)
    return Int(
      ua.withUnsafeBufferPointer { pa in
        ub.withUnsafeBufferPointer { pb in
          pl_collator_compare(handle, pa.baseAddress, Int32(pa.count), pb.baseAddress, Int32(pb.count))
        }
      })
  }

  /// `names` in collation order (stable for equal keys).
  public func sorted(_ names: [String]) -> [String] {
    sorted(names, by: { $0 })
  }

  /// `items` sorted by the collation order of `key`.
  public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
    items.enumerated().sorted { l, r in
      let c = compare(key(l.element), key(r.element))
      return c != 0 ? c < 0 : l.offset < r.offset
    }.map(\.element)
  }
}
