/// Time spent per pipeline stage, summed over calls (for `planlens bench`).
public struct StageClock: Sendable {
  /// Stage names in the order they were first measured, with their total time.
  public private(set) var totals: [(stage: String, duration: Duration)] = []

  public init() {}

  /// Runs `work`, adding its duration to `stage`.
  public mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try work()
    let elapsed = clock.now - start
    add(stage, elapsed)
    return result
  }

  /// Adds a duration measured elsewhere to `stage`.
  public mutating func add(_ stage: String, _ duration: Duration) {
    if let i = totals.firstIndex(where: { $0.stage == stage }) {
      totals[i].duration += duration
    } else {
      totals.append((stage, duration))
    }
  }
}
