import Foundation

/// Runs async work to completion from a synchronous command (the root command is synchronous).
final class BlockingTask<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var value: Value?

  /// The result of `work`, waiting for it on the calling thread.
  static func run(_ work: @escaping @Sendable () async -> Value) -> Value {
    let box = BlockingTask<Value>()
    Task.detached {
      let result = await work()
      box.lock.withLock { box.value = result }
      box.done.signal()
    }
    box.done.wait()
    return box.lock.withLock {
      guard let value = box.value else { preconditionFailure("the task signalled without a value") }
      return value
    }
  }
}
