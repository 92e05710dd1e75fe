import Foundation

/// Runs independent work over many items at once and hands the results over in item order.
///
/// Up to `concurrency` items are worked on at a time; results finished out of order wait for
/// their turn, at most `2 × concurrency` of them, so only the items in flight are held in memory.
/// The one batch engine of PlanLens: `extract`, `targets`, `report` and `ingest` all run on it.
public struct OrderedBatch: Sendable {
  /// Items worked on at once, at least 1.
  public let concurrency: Int

  /// A batch running `concurrency` items at once (default: one per core).
  public init(concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.concurrency = max(1, concurrency)
  }

  /// Runs `work` on every item and calls `deliver` with each item's index and result, in item
  /// order, one at a time.
  public func run<Item: Sendable, Output: Sendable>(
    _ items: [Item], work: @escaping @Sendable (Item) async -> Output, deliver: (Int, Output) async -> Void
  ) async {
    let width = concurrency
    await withTaskGroup(of: (Int, Output).self) { group in
      var pending = items.enumerated().makeIterator()
      var running = 0
      var finished: [Int: Output] = [:]
      var next = 0
      func startMore() {
        while running < width, finished.count < 2 * width, let (index, item) = pending.next() {
          running += 1
          group.addTask { (index, await work(item)) }
        }
      }
      startMore()
      while let (index, output) = await group.next() {
        running -= 1
        finished[index] = output
        startMore()
        while let ready = finished.removeValue(forKey: next) {
          await deliver(next, ready)
          next += 1
          startMore()
        }
      }
    }
  }

  /// The results of `work` on every item, in item order.
  public func map<Item: Sendable, Output: Sendable>(
    _ items: [Item], work: @escaping @Sendable (Item) async -> Output
  ) async -> [Output] {
    var outputs: [Output] = []
    outputs.reserveCapacity(items.count)
    await run(items, work: work) { _, output in outputs.append(output) }
    return outputs
  }
}
