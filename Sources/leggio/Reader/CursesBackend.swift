import AppRuntime
import CursesTerminal
import ReaderUI

/// The curses terminal is the run loop's backend in a real session.
extension CursesTerminal: Backend {
    /// The longest a read blocks when the loop would wait for ever. A resize (SIGWINCH) that
    /// lands just before curses starts its blocking read is only seen on the next read, so
    /// reads never block longer than this: a missed resize is drawn within a second.
    static let longestWait = 1000

    public func nextEvent(_ wait: InputWait) -> Event? {
        setInputTimeout(milliseconds: wait == .forever ? Self.longestWait : wait.milliseconds)
        return nextEvent()
    }
}
