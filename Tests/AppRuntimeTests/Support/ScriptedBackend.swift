import AppRuntime
import Foundation
import ReaderUI

/// A terminal played by a script: it hands the run loop one step at a time and keeps every
/// frame it is given. Like a person watching the screen, it types the next step only once
/// background work has settled (while the loop waits with `.workRunning` it answers "no
/// input yet"), so a script reads the same on every run.
@MainActor
final class ScriptedBackend: Backend {
    enum Step {
        case key(Key)
        case mouse(MouseEvent)
        case resize(Size)
        /// A terminating signal arrives (SIGHUP, SIGTERM): the loop saves and leaves.
        case signal(Int32)
        /// No input for this long.
        case idle(milliseconds: Int)
    }

    private(set) var size: Size
    private var script: [Step]
    private(set) var frames: [Screen] = []
    private(set) var fullRedraws = 0
    private(set) var appliedThemes: [Theme] = []
    private(set) var unsaved = false
    private(set) var stopSignal: Int32?
    /// True when the loop asked for input after the script ran out: the backend then hangs up
    /// so the loop ends, and the test should fail.
    private(set) var ranOut = false
    /// True when the script took longer than `limit` (work that never settled).
    private(set) var timedOut = false
    private var idleUntil: Date?
    private let deadline: Date

    init(size: Size, _ script: [Step], limit: TimeInterval = 60) {
        self.size = size
        self.script = script
        deadline = Date().addingTimeInterval(limit)
    }

    /// Typed keys, one step per character.
    static func type(_ text: String) -> [Step] {
        text.map { .key(.char($0)) }
    }

    /// The last frame drawn, as text.
    var screen: String { frames.last?.text ?? "" }

    func draw(_ screen: Screen, full: Bool) {
        frames.append(screen)
        if full { fullRedraws += 1 }
    }

    func apply(_ theme: Theme) {
        appliedThemes.append(theme)
    }

    func setUnsaved(_ unsaved: Bool) {
        self.unsaved = unsaved
    }

    func nextEvent(_ wait: InputWait) -> Event? {
        if Date() > deadline {
            timedOut = true
            stopSignal = SIGALRM
            return nil
        }
        if case .workRunning = wait {
            usleep(1000)
            return nil
        }
        if let until = idleUntil {
            if Date() < until {
                usleep(1000)
                return nil
            }
            idleUntil = nil
        }
        guard !script.isEmpty else {
            ranOut = true
            stopSignal = SIGHUP
            return nil
        }
        switch script.removeFirst() {
        case .key(let key): return .key(key)
        case .mouse(let m): return .mouse(m)
        case .resize(let s):
            size = s
            return .resize(s)
        case .signal(let signal):
            stopSignal = signal
            return nil
        case .idle(let ms):
            idleUntil = Date().addingTimeInterval(Double(ms) / 1000)
            return nil
        }
    }
}
