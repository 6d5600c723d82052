import Foundation

/// A value that another thread delivers once: `fulfill` sets it, `value` waits for it. The one
/// future type in Leggio (the article read while the terminal starts, a batch prepared for the
/// index, a search run beside the index update).
public final class Future<Value: Sendable>: @unchecked Sendable {
    // Why `@unchecked` is safe: `result` and `delivered` are private and only touched under
    // `condition`'s lock; it is written once, and readers wait on the condition until it is there.
    private let condition = NSCondition()
    private var result: Value?
    private var delivered = false

    public init() {}

    /// Runs `work` on a global queue of `qos` and returns the future of its result.
    public static func run(qos: DispatchQoS.QoSClass = .default, _ work: @escaping @Sendable () -> Value) -> Future<Value> {
        let future = Future<Value>()
        DispatchQueue.global(qos: qos).async { future.fulfill(work()) }
        return future
    }

    /// Delivers the value and wakes everyone waiting; a second call is ignored.
    public func fulfill(_ value: Value) {
        condition.lock()
        defer { condition.unlock() }
        guard !delivered else { return }
        result = value
        delivered = true
        condition.broadcast()
    }

    /// Whether the value is delivered, waiting for it at most `seconds`.
    public func isDelivered(waiting seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !delivered, condition.wait(until: deadline) {}
        return delivered
    }

    /// The value, waiting until it is delivered.
    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while !delivered { condition.wait() }
        return result!
    }
}
