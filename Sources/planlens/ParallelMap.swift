import Foundation

/// Maps independent work over all cores, results in input order.
enum ParallelMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
      results.set(i, transform(items[i]))
    }
    return results.values()
  }
}

/// Slots written once each from concurrent iterations, guarded by a lock.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
  private var slots: [R?]
  private let lock = NSLock()

  init(count: Int) {
    slots = [R?](repeating: nil, count: count)
  }

  func set(_ i: Int, _ value: R) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  func values() -> [R] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
