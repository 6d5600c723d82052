import Foundation
import LibraryKit
import Testing

@Suite("Locked and Future")
struct ConcurrencyTests {
    @Test("Locked: increments from many threads are none of them lost")
    func lockedCounts() {
        let counter = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
        }
        #expect(counter.current == 80_000)
    }

    @Test("Locked: withLock passes typed errors through and keeps what was changed before")
    func lockedThrows() {
        enum Stop: Error { case now }
        let value = Locked([1])
        #expect(throws: Stop.self) {
            try value.withLock { (v: inout [Int]) throws(Stop) in
                v.append(2)
                throw .now
            }
        }
        #expect(value.current == [1, 2])
    }

    @Test("Future: value waits for the other thread; a second fulfill is ignored")
    func futureWaits() {
        let future = Future.run { () -> Int in
            usleep(20_000)
            return 42
        }
        #expect(future.value == 42)
        future.fulfill(7)
        #expect(future.value == 42)
    }

    @Test("Future: an optional value delivered as nil is delivered")
    func futureOfNil() {
        let future = Future<Int?>()
        DispatchQueue.global().async { future.fulfill(nil) }
        #expect(future.value == nil)
    }
}
