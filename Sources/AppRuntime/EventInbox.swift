import LibraryKit
import ReaderUI

/// Where background work leaves its results for the run loop: a queue of messages, and a
/// count of jobs still running so the loop knows to keep polling for them.
final class EventInbox: Sendable {
    private struct Contents {
        var messages: [AppMsg] = []
        var running = 0
    }

    private let contents = Locked(Contents())

    func post(_ msg: AppMsg) {
        contents.withLock { $0.messages.append(msg) }
    }

    /// A job started; `end()` when it has posted its last message.
    func begin() {
        contents.withLock { $0.running += 1 }
    }

    func end() {
        contents.withLock { $0.running -= 1 }
    }

    /// Every message posted so far, oldest first.
    func take() -> [AppMsg] {
        contents.withLock { c in
            let out = c.messages
            c.messages = []
            return out
        }
    }

    /// True while a job runs or a message waits.
    var isBusy: Bool {
        contents.withLock { $0.running > 0 || !$0.messages.isEmpty }
    }
}
