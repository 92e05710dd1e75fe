/// The source offset of each scalar of a ``MappedText``, stored as runs rather than one integer
/// per scalar.
///
/// Cleaning cuts a few ranges and NFKC changes a few scalars, so almost every scalar's origin is
/// the previous one's plus one. A run is a stretch of indices whose origins step by one (or stay
/// put, for the scalars of one expansion such as ㎡ → m2); only where a run starts is stored.
/// The map of a 10 MB document thus takes a few kilobytes instead of 27 MB, and
/// ``subscript(_:)`` finds a run by binary search.
public struct OriginMap: Sendable, Equatable {
  /// First index of each run, ascending.
  private var starts: [Int] = []
  /// Origin of each run's first index.
  private var bases: [Int] = []
  /// Whether each run's origins step by one (else they all equal its base).
  private var steps: [Bool] = []
  /// Number of entries.
  public private(set) var count = 0

  /// An empty map.
  public init() {}

  /// The identity map of `count` scalars plus the end: `self[i] == i` for `i` in `0...count`.
  public init(identityOver count: Int) {
    starts = [0]
    bases = [0]
    steps = [true]
    self.count = count + 1
  }

  /// The source offset of entry `i` (`0..<count`).
  public subscript(_ i: Int) -> Int {
    precondition(i >= 0 && i < count, "origin index out of range")
    let k = run(of: i)
    return steps[k] ? bases[k] + (i - starts[k]) : bases[k]
  }

  /// Appends the origin of the next entry, extending the last run when it continues it.
  public mutating func append(_ origin: Int) {
    if let k = starts.indices.last {
      let length = count - starts[k]
      let last = steps[k] ? bases[k] + length - 1 : bases[k]
      if length == 1, origin == last || origin == last + 1 {
        steps[k] = origin == last + 1
        count += 1
        return
      }
      if origin == (steps[k] ? last + 1 : last) {
        count += 1
        return
      }
    }
    starts.append(count)
    bases.append(origin)
    steps.append(true)
    count += 1
  }

  /// Appends the entries `range` of `other`, in order.
  mutating func append(from other: OriginMap, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    var k = other.run(of: range.lowerBound)
    var i = range.lowerBound
    while i < range.upperBound {
      let runEnd = k + 1 < other.starts.count ? other.starts[k + 1] : other.count
      let end = min(runEnd, range.upperBound)
      let base = other.bases[k]
      let start = other.starts[k]
      if other.steps[k] {
        for j in i..<end { append(base + (j - start)) }
      } else {
        for _ in i..<end { append(base) }
      }
      i = end
      k += 1
    }
  }

  /// The first entry among the first `count - 1` (the scalars, not the end) whose origin is at
  /// or after `sourceOffset`, by binary search; `count - 1` when there is none.
  public func firstIndex(atOrAfterSource sourceOffset: Int) -> Int {
    var lo = 0
    var hi = Swift.max(0, count - 1)
    while lo < hi {
      let mid = (lo + hi) / 2
      if self[mid] < sourceOffset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The source ranges that entries `range` come from, in order: one per stretch of entries
  /// whose origins step by one, and the single source scalar of a run that stays put.
  ///
  /// For a map that only drops scalars (cleaning), the source slices of these ranges, joined,
  /// are exactly the entries' scalars.
  public func sourceStretches(_ range: Range<Int>) -> [Range<Int>] {
    let r = range.clamped(to: 0..<count)
    guard !r.isEmpty else { return [] }
    var out: [Range<Int>] = []
    var k = run(of: r.lowerBound)
    var i = r.lowerBound
    while i < r.upperBound {
      let runEnd = k + 1 < starts.count ? starts[k + 1] : count
      let end = Swift.min(runEnd, r.upperBound)
      let first = steps[k] ? bases[k] + (i - starts[k]) : bases[k]
      let stretch = steps[k] ? first..<(first + end - i) : first..<(first + 1)
      if let last = out.last, last.upperBound == stretch.lowerBound {
        out[out.count - 1] = last.lowerBound..<stretch.upperBound
      } else {
        out.append(stretch)
      }
      i = end
      k += 1
    }
    return out
  }

  /// Number of runs (for tests of the representation).
  var runCount: Int { starts.count }

  /// The run holding index `i`: the last whose start is at or before it.
  private func run(of i: Int) -> Int {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] <= i { lo = mid + 1 } else { hi = mid }
    }
    return lo - 1
  }
}
