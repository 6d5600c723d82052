import AppRuntime
import CursesTerminal
import ReaderUI

/// The curses terminal is the run loop's backend in a real session.
extension CursesTerminal: Backend {
    public func nextEvent(_ wait: InputWait) -> Event? {
        setInputTimeout(milliseconds: wait.milliseconds)
        return nextEvent()
    }
}
