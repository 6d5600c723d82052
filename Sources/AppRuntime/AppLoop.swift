import Foundation
import ReaderUI

/// The run loop: feeds terminal input and finished background work to `App.update` as
/// messages, performs the commands it gives back (slow ones through `AppWork`, off the main
/// thread), and draws each new state. The first frame is drawn once the start's commands have
/// run, so an article already in hand (`leggio FILE`) is the first thing shown. While work is running it polls for input every few milliseconds so results
/// show as they arrive; otherwise it sleeps until a key. When the reading position has moved
/// and the keys go quiet for `idleSave`, or the reader moves to another section, it saves the
/// position (at most once per `idleSave`, however fast the keys come); killed or interrupted
/// before that, it saves the position and then leaves (see `Backend.setUnsaved`).
///
/// `terminal` is any `Backend`: the curses terminal, or a scripted one in tests. `onCommand`
/// sees every command as it is performed (for tests).
@MainActor
public enum AppLoop {
    /// Milliseconds of quiet keys after which a moved reading position is saved.
    public static let idleSave = 1000

    public static func run(_ start: AppState, _ commands: [AppCmd], terminal: some Backend, catalog: ThemeCatalog,
                           work: AppWork, idleSave: Int = AppLoop.idleSave,
                           onCommand: ((AppCmd) -> Void)? = nil) -> Int32 {
        var state = start
        var pending = commands
        var saved: (String, Int)?
        var savedSection: Int?
        var lastSave = DispatchTime.now()
        var lastInput = DispatchTime.now()
        var started = false
        while true {
            var full = false
            var changed = !started
            repeat {
                let batch = pending
                pending = []
                for cmd in batch {
                    onCommand?(cmd)
                    switch cmd {
                    case .quit:
                        return 0
                    case .fullRedraw:
                        full = true
                    case .applyTheme(let name):
                        do {
                            terminal.apply(try catalog.load(name).theme)
                        } catch {
                            terminal.apply(ThemeChoice.fallbackDefault(catalog))
                            pending += fold(&state, .say(error.summary + " · default theme"))
                        }
                        full = true
                    case .loadLibrary(let roots):
                        work.loadLibrary(roots)
                    case .openArticle(let request):
                        work.open(request)
                    case .loadFacts(let key, let flat):
                        work.loadFacts(key: key, flat: flat)
                    case .updateIndex(let roots):
                        work.updateIndex(roots: roots)
                    case .search(let id, let query, let roots):
                        work.search(id: id, query: query, roots: roots)
                    case .savePosition(let key, let offset, let line):
                        if let problem = work.savePosition(key: key, offset: offset, line: line) {
                            pending += fold(&state, .say(problem))
                            changed = true
                        } else {
                            saved = (key, offset)
                            savedSection = state.reader?.currentSection
                            lastSave = DispatchTime.now()
                        }
                    case .addBookmark(let key, let offset, let line, let label):
                        if let problem = work.addBookmark(key: key, offset: offset, line: line, label: label) {
                            pending += fold(&state, .say(problem))
                            changed = true
                        }
                    case .removeBookmark(let key, let offset):
                        if let problem = work.removeBookmark(key: key, offset: offset) {
                            pending += fold(&state, .say(problem))
                            changed = true
                        }
                    }
                }
                for msg in work.inbox.take() {
                    pending += fold(&state, msg)
                    changed = true
                }
            } while !pending.isEmpty && started
            if !started {
                // The first frame: the start's commands ran once (an article in hand has
                // opened), and what they asked for in turn (its facts) starts after the frame is
                // drawn. The position it opens at is where the reader already is, not a move to
                // save.
                started = true
                saved = state.readingPosition.map { ($0.key, $0.offset) }
                savedSection = state.reader?.currentSection
            }
            if full || changed { terminal.draw(App.render(state), full: full) }
            if !pending.isEmpty { continue }
            let position = state.readingPosition
            let unsaved = position.map { p in saved.map { $0 != (p.key, p.offset) } ?? true } ?? false
            terminal.setUnsaved(unsaved)
            let next = terminal.nextEvent(work.inbox.isBusy ? .workRunning(milliseconds: 30)
                                          : unsaved ? .positionUnsaved(milliseconds: 250) : .forever)
            if let signal = terminal.stopSignal {
                // Killed or interrupted with the position unsaved: save it, then leave.
                if unsaved, let p = position { _ = work.savePosition(key: p.key, offset: p.offset, line: p.line) }
                return 128 + signal
            }
            guard let event = next else {
                let idle = DispatchTime.now().uptimeNanoseconds - lastInput.uptimeNanoseconds
                if unsaved, let p = position, idle >= UInt64(idleSave) * 1_000_000 {
                    pending.append(.savePosition(key: p.key, offset: p.offset, line: p.line))
                }
                continue
            }
            lastInput = DispatchTime.now()
            pending = fold(&state, .input(event))
            terminal.draw(App.render(state), full: false)
            // A new section is a place worth keeping at once (a kill loses nothing before it),
            // unless a save was made less than `idleSave` ago.
            if let p = state.readingPosition, let section = state.reader?.currentSection, section != savedSection,
               saved.map({ $0 != (p.key, p.offset) }) ?? true,
               lastInput.uptimeNanoseconds - lastSave.uptimeNanoseconds >= UInt64(idleSave) * 1_000_000 {
                pending.append(.savePosition(key: p.key, offset: p.offset, line: p.line))
            }
        }
    }

    /// `App.update` on the loop's state: the state becomes the next one, the commands are returned.
    private static func fold(_ state: inout AppState, _ msg: AppMsg) -> [AppCmd] {
        let (next, cmds) = App.update(state, msg)
        state = next
        return cmds
    }
}
