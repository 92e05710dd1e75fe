/// Ranges already read (responsibility brackets, label lines), asked in text order whether a
/// range overlaps one of them: a cursor walks the sorted ranges once, so a document's clauses
/// are checked in time proportional to the clauses plus the ranges.
struct TakenRanges {
  private let ranges: [Range<Int>]
  private var cursor = 0

  /// `ranges` must not overlap one another.
  init(_ ranges: [Range<Int>]) {
    self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Whether `range` overlaps a taken range. Successive calls must not move back: each range
  /// asked about starts at or after the one before.
  mutating func overlaps(_ range: Range<Int>) -> Bool {
    while cursor < ranges.count, ranges[cursor].upperBound <= range.lowerBound { cursor += 1 }
    var k = cursor
    while k < ranges.count, ranges[k].lowerBound < range.upperBound {
      if ranges[k].overlaps(range) { return true }
      k += 1
    }
    return false
  }
}
