import LibraryKit

/// The library list's logic: keys, clicks, resizes and the loader's updates in; the next
/// state and what the app should do out.
public enum LibraryView: Component {
    public enum Msg: Sendable {
        case key(Key)
        case mouse(MouseEvent)
        case resize(Size)
        /// The loader reported progress (see `LibraryUpdate`).
        case loaded(LibraryUpdate)
        /// Select the entry with this key if it is shown (the article just read).
        case select(key: String)
        /// Select the entry with this key when it is listed, unless the user chose one first
        /// (the article last read, when the library opens).
        case prefer(key: String)
        /// A one-off line for the status bar.
        case say(String)
    }

    /// What a key in the list asks of the app around it.
    public enum Cmd: Equatable, Sendable {
        case open(LibraryEntry)
        case librarySearch
        case historyForward
        case quit
        case redraw
        case nextTheme
    }

    public static func update(_ state: LibraryViewState, _ msg: Msg) -> (LibraryViewState, [Cmd]) {
        var s = state
        switch msg {
        case .loaded(let update):
            s.list.apply(update)
            s.refreshRows()
            if case .listed(_, let problems) = update, let first = problems.first {
                // A folder that cannot be listed holds no row to show its reason in.
                s.message = "Not listed: " + first.message + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "")
            }
            return (s, [])
        case .select(let key):
            s.select(key: key)
            return (s, [])
        case .prefer(let key):
            guard !s.selectionChosen else { return (s, []) }
            s.wantedKey = key
            s.refreshRows()
            return (s, [])
        case .say(let message):
            s.message = message
            return (s, [])
        case .resize(let size):
            s.size = size
            s.clamp()
            if let help = s.help { s.help = Help.update(help, .resize(size)).0 }
            return (s, [])
        case .mouse(let m):
            let cmds = mouse(&s, m)
            return (s, cmds)
        case .key(let key):
            let cmds = self.key(&s, key)
            return (s, cmds)
        }
    }

    static func key(_ state: inout LibraryViewState, _ key: Key) -> [Cmd] {
        state.message = nil
        if let help = state.help {
            let (next, cmds) = Help.update(help, .key(key))
            state.help = cmds.contains(.close) ? nil : next
            return []
        }
        if state.isFiltering {
            filter(&state, key)
            return []
        }
        guard let action = KeyMap.library.action(for: key) else { return [] }
        let page = max(1, state.listRows - 1)
        switch action {
        case .lineDown: move(&state, by: 1)
        case .lineUp: move(&state, by: -1)
        case .pageDown: move(&state, by: page, scroll: true)
        case .pageUp: move(&state, by: -page, scroll: true)
        case .top: move(&state, by: -state.rows.count)
        case .bottom: move(&state, by: state.rows.count)
        case .app(.open):
            guard let entry = state.selectedEntry else {
                state.message = state.list.entries.isEmpty ? "No articles to open" : "No article matches the filter"
                return []
            }
            if let reason = entry.errorReason {
                state.message = "Cannot open \(entry.fileName): \(reason)"
                return []
            }
            return [.open(entry)]
        case .app(.sort):
            state.sort = state.sort.next
            state.refreshRows()
            state.message = "Sorted by \(state.sort.rawValue)"
        case .app(.filter):
            state.isFiltering = true
            state.filterSelected = !state.filter.isEmpty
        case .cancel:
            if !state.filter.isEmpty {
                state.filter = ""
                state.refreshRows()
            }
        case .app(.librarySearch): return [.librarySearch]
        case .app(.historyForward): return [.historyForward]
        case .help: state.help = HelpState(lines: LibraryHelp.lines().count, size: state.size)
        case .redraw: return [.redraw]
        case .nextTheme: return [.nextTheme]
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    static func move(_ state: inout LibraryViewState, by delta: Int, scroll: Bool = false) {
        guard !state.rows.isEmpty else { return }
        state.selectionChosen = true
        state.selected = max(0, min(state.rows.count - 1, state.selected + delta))
        if scroll { state.top += delta }
        state.clamp()
    }

    /// A key while the filter is typed (`KeyMap.libraryFilter`; other keys type).
    static func filter(_ state: inout LibraryViewState, _ key: Key) {
        let replacing = state.filterSelected
        state.filterSelected = false
        if let action = KeyMap.libraryFilter.action(for: key) {
            switch action {
            case .activate, .lineDown:
                state.isFiltering = false
                if state.rows.isEmpty, !state.filter.isEmpty { state.message = "No title or path holds " + state.quotedFilter }
            case .lineUp:
                if state.filter.isEmpty { state.isFiltering = false } else { state.filter.removeLast() }
                state.refreshRows()
            case .cancel:
                state.isFiltering = false
                state.filter = ""
                state.refreshRows()
            default: break
            }
            return
        }
        if case .char(let c) = key {
            if replacing { state.filter = "" }
            state.filter.append(c)
            state.selected = 0
            state.top = 0
            state.refreshRows()
        }
    }

    /// A click selects a row (a click on the selected row opens it); the wheel scrolls.
    static func mouse(_ state: inout LibraryViewState, _ m: MouseEvent) -> [Cmd] {
        guard state.help == nil else { return [] }
        switch m.kind {
        case .wheelUp: move(&state, by: -3)
        case .wheelDown: move(&state, by: 3)
        case .click:
            let row = m.y - LibraryRenderer.listY
            guard row >= 0, row < state.listRows, state.top + row < state.rows.count else { return [] }
            if state.top + row == state.selected { return key(&state, .enter) }
            state.selected = state.top + row
            state.selectionChosen = true
            state.clamp()
        }
        return []
    }
}
