import Foundation
import ReaderUI

/// Where background work leaves its results for the run loop: a locked queue of events, and
/// a count of jobs still running so the loop knows to keep polling for them.
final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private var running = 0

    func post(_ event: AppEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    /// A job started; `end()` when it has posted its last event.
    func begin() {
        lock.lock()
        running += 1
        lock.unlock()
    }

    func end() {
        lock.lock()
        running -= 1
        lock.unlock()
    }

    /// Every event posted so far, oldest first.
    func take() -> [AppEvent] {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events = []
        return out
    }

    /// True while a job runs or an event waits.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running > 0 || !events.isEmpty
    }
}
