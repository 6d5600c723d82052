import LibraryKit
import ReaderUI

/// Where background work leaves its results for the run loop: a queue of events, and a
/// count of jobs still running so the loop knows to keep polling for them.
final class EventInbox: Sendable {
    private struct Contents {
        var events: [AppMsg] = []
        var running = 0
    }

    private let contents = Locked(Contents())

    func post(_ event: AppMsg) {
        contents.withLock { $0.events.append(event) }
    }

    /// A job started; `end()` when it has posted its last event.
    func begin() {
        contents.withLock { $0.running += 1 }
    }

    func end() {
        contents.withLock { $0.running -= 1 }
    }

    /// Every event posted so far, oldest first.
    func take() -> [AppMsg] {
        contents.withLock { c in
            let out = c.events
            c.events = []
            return out
        }
    }

    /// True while a job runs or an event waits.
    var isBusy: Bool {
        contents.withLock { $0.running > 0 || !$0.events.isEmpty }
    }
}
