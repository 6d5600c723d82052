import Foundation

/// A value shared between threads, reached only through `withLock`: the one lock type in
/// Leggio (the loader's reading threads, the reading-state store, the run loop's inbox).
/// Prefer it to a class of one's own with an `NSLock` and `@unchecked Sendable`.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    // Why `@unchecked` is safe: `value` is private and only touched inside `withLock`, under
    // `lock`, and `Value` is Sendable, so nothing read out of it is shared unsynchronized.
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock (keep it short; never call back out into
    /// code that may take the same lock).
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the value now.
    public var current: Value {
        withLock { $0 }
    }
}
