import LibraryKit

/// The library list's logic as pure functions: keys and loader updates in, the next state and
/// what the app should do out.
public enum LibraryView {
    /// What a key in the list asks of the app around it.
    public enum Outcome: Equatable, Sendable {
        case none
        case open(LibraryEntry)
        case librarySearch
        case historyForward
        case quit
        case redraw
        case nextTheme
    }

    public static func update(_ state: inout LibraryViewState, _ update: LibraryUpdate) {
        state.list.apply(update)
        state.refreshRows()
    }

    public static func update(_ state: inout LibraryViewState, key: Key) -> Outcome {
        state.message = nil
        if state.showHelp {
            handleHelp(&state, key)
            return .none
        }
        if state.isFiltering { return handleFilter(&state, key) }
        guard let action = KeyMap.library.action(for: key) else { return .none }
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
                return .none
            }
            if let error = entry.error {
                state.message = "Cannot open \(entry.fileName): \(error)"
                return .none
            }
            return .open(entry)
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
        case .app(.librarySearch): return .librarySearch
        case .app(.historyForward): return .historyForward
        case .help:
            state.showHelp = true
            state.helpTop = 0
        case .redraw: return .redraw
        case .nextTheme: return .nextTheme
        case .quit: return .quit
        default: break
        }
        return .none
    }

    static func move(_ state: inout LibraryViewState, by delta: Int, scroll: Bool = false) {
        guard !state.rows.isEmpty else { return }
        state.selectionChosen = true
        state.selected = max(0, min(state.rows.count - 1, state.selected + delta))
        if scroll { state.top += delta }
        state.clamp()
    }

    static func handleFilter(_ state: inout LibraryViewState, _ key: Key) -> Outcome {
        let replacing = state.filterSelected
        state.filterSelected = false
        if let action = KeyMap.libraryFilter.action(for: key) {
            switch action {
            case .activate, .lineDown:
                state.isFiltering = false
                if state.rows.isEmpty, !state.filter.isEmpty { state.message = "No title or path holds \"\(state.filter)\"" }
            case .lineUp:
                if state.filter.isEmpty { state.isFiltering = false } else { state.filter.removeLast() }
                state.refreshRows()
            case .cancel:
                state.isFiltering = false
                state.filter = ""
                state.refreshRows()
            default: break
            }
            return .none
        }
        if case .char(let c) = key {
            if replacing { state.filter = "" }
            state.filter.append(c)
            state.selected = 0
            state.top = 0
            state.refreshRows()
        }
        return .none
    }

    static func handleHelp(_ state: inout LibraryViewState, _ key: Key) {
        let lines = LibraryHelp.lines().count
        if !HelpOverlay.scroll(&state.helpTop, key: key, lines: lines, size: state.size) { state.showHelp = false }
    }

    /// A click selects a row (a click on the selected row opens it); the wheel scrolls.
    public static func update(_ state: inout LibraryViewState, mouse m: MouseEvent) -> Outcome {
        guard !state.showHelp else { return .none }
        switch m.kind {
        case .wheelUp: move(&state, by: -3)
        case .wheelDown: move(&state, by: 3)
        case .click:
            let row = m.y - LibraryRenderer.listY
            guard row >= 0, row < state.listRows, state.top + row < state.rows.count else { return .none }
            if state.top + row == state.selected { return update(&state, key: .enter) }
            state.selected = state.top + row
            state.selectionChosen = true
            state.clamp()
        }
        return .none
    }
}
