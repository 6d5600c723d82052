import ReaderUI

/// The terminal as the run loop sees it: input events in, cell grids out. `CursesTerminal`
/// is the real one (in the executable); tests drive the loop with a scripted one, so the loop
/// and the background work run without a terminal or tmux.
@MainActor
public protocol Backend: AnyObject {
    /// The screen's size now, in cells.
    var size: Size { get }
    /// Shows a frame; `full` repaints every cell (after a theme change or Ctrl-L).
    func draw(_ screen: Screen, full: Bool)
    /// Draws from now on in `theme`.
    func apply(_ theme: Theme)
    /// The next key, mouse report, resize or redraw, waiting as `wait` says; nil when the
    /// wait ran out (or the input is one Leggio ignores).
    func nextEvent(_ wait: InputWait) -> Event?
    /// Tells the backend whether a reading position is unsaved: a terminating signal then
    /// waits for the loop to save (see `stopSignal`) instead of ending the process at once.
    func setUnsaved(_ unsaved: Bool)
    /// The terminating signal (or hang-up) that arrived while something was unsaved, or nil:
    /// the loop saves the position, then returns 128 + signal.
    var stopSignal: Int32? { get }
}

/// How long the run loop waits for input, and why.
public enum InputWait: Equatable, Sendable {
    /// Background work is running: come back within these milliseconds to show its results.
    case workRunning(milliseconds: Int)
    /// The reading position moved and is unsaved: come back to save it once the keys go quiet.
    case positionUnsaved(milliseconds: Int)
    /// Nothing to do until the next input.
    case forever

    /// The wait for a terminal's input timeout: milliseconds, or -1 for ever.
    public var milliseconds: Int {
        switch self {
        case .workRunning(let ms), .positionUnsaved(let ms): ms
        case .forever: -1
        }
    }
}
