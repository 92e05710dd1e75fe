/// Substring search on UTF-8 bytes, without Foundation's locale-aware (and slow) `contains`.
extension String {
  /// Whether `other` occurs in this string (exact, byte-wise).
  public func includes(_ other: String) -> Bool {
    firstByteOffset(of: other, from: 0) != nil
  }

  /// How many times `other` occurs, without overlaps.
  public func occurrences(of other: String) -> Int {
    guard !other.isEmpty else { return 0 }
    var count = 0
    var from = 0
    while let at = firstByteOffset(of: other, from: from) {
      count += 1
      from = at + other.utf8.count
    }
    return count
  }

  /// The first occurrence of `other` at or after `from` (the start by default), compared byte
  /// for byte: Foundation's `range(of:)` without its locale-aware folding.
  public func byteRange(of other: String, from: String.Index? = nil) -> Range<String.Index>? {
    let start = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
    guard let at = firstByteOffset(of: other, from: start) else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: at)
    return lower..<utf8.index(lower, offsetBy: other.utf8.count)
  }

  /// The last occurrence of `other`, compared byte for byte.
  public func lastByteRange(of other: String) -> Range<String.Index>? {
    var found: Int? = nil
    var from = 0
    while let at = firstByteOffset(of: other, from: from) {
      found = at
      from = at + 1
    }
    guard let at = found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: at)
    return lower..<utf8.index(lower, offsetBy: other.utf8.count)
  }

  /// The UTF-8 offset of the first occurrence of `other` at or after `from`.
  private func firstByteOffset(of other: String, from: Int) -> Int? {
    var haystack = self
    var needle = other
    return haystack.withUTF8 { h in
      needle.withUTF8 { n -> Int? in
        guard !n.isEmpty else { return from }
        guard h.count >= n.count, from <= h.count - n.count else { return nil }
        let first = n[0]
        var i = from
        let last = h.count - n.count
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < n.count, h[i + k] == n[k] { k += 1 }
            if k == n.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }
}
