import LibraryKit

/// Typing a library search query: the prompt's keys, and reading the query to run it.
extension LibrarySearch {
    /// A key while the query is typed (`KeyMap.librarySearchPrompt`; other keys type).
    static func prompt(_ state: inout LibrarySearchState, _ key: Key) -> [Cmd] {
        guard let action = KeyMap.librarySearchPrompt.action(for: key) else {
            if case .char(let c) = key {
                state.prompt.append(c)
                state.error = nil
            }
            return []
        }
        switch action {
        case .activate:
            let typed = TextFit.trimmed(state.prompt)
            if typed.isEmpty {
                state.error = "Type words to search for"
                return []
            }
            // Enter on the query the hits already answer opens the selected hit.
            if typed == state.shownQuery, state.pending == nil, !state.hits.isEmpty {
                state.isEditing = false
                return openSelected(state)
            }
            return run(&state, typed)
        case .cancel:
            // An edited query goes back to the results it had; an unchanged one closes.
            if let shown = state.shownQuery, !state.hits.isEmpty, TextFit.trimmed(state.prompt) != shown {
                state.isEditing = false
                state.prompt = shown
                return []
            }
            return [.close]
        case .lineUp:
            if state.prompt.isEmpty { return state.hits.isEmpty ? [.close] : [] }
            state.prompt.removeLast()
            state.error = nil
        case .lineDown:
            if !state.hits.isEmpty, state.pending == nil, TextFit.trimmed(state.prompt) == state.shownQuery {
                state.isEditing = false
                move(&state, state.selected == 0 && state.top == 0 ? 0 : 1)
            }
        case .clearLine:
            state.prompt = ""
            state.error = nil
        case .redraw:
            return [.redraw]
        default:
            break
        }
        return []
    }

    /// Reads the query and asks for a search, or shows why it cannot be read.
    static func run(_ state: inout LibrarySearchState, _ typed: String) -> [Cmd] {
        let query: SearchQuery
        do {
            query = try SearchQuery.parse(typed)
        } catch {
            // The previous query's results go: they do not answer what is on the prompt.
            state.error = error.description
            state.note = nil
            state.hits = []
            state.shownQuery = nil
            state.pending = nil
            state.selected = 0
            state.top = 0
            return []
        }
        state.error = nil
        state.note = query.note
        state.lastID += 1
        state.pending = state.lastID
        state.shownQuery = typed
        state.prompt = typed
        var cmds: [Cmd] = []
        if state.indexState == .notStarted || state.indexState.isFailed {
            state.indexState = .updating
            cmds.append(.updateIndex)
        }
        return cmds + [.search(id: state.lastID, query)]
    }
}
