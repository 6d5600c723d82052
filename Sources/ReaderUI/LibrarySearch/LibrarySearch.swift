import LibraryKit

/// The library search's logic as pure functions: typing a query, reading it with
/// `SearchQuery.parse` (a malformed query gives its message, never an index error), asking
/// the run loop to search, and choosing a hit to open.
public enum LibrarySearch {
    /// What a key asks of the app.
    public enum Outcome: Sendable {
        case none
        /// Run this query (the id comes back with the results).
        case search(id: Int, SearchQuery)
        /// Open the hit's article at its section, with the query's words highlighted.
        case open(SearchHit, query: String, terms: [String])
        case close
        case redraw
    }

    public static func update(_ state: inout LibrarySearchState, key: Key) -> Outcome {
        if state.showHelp {
            handleHelp(&state, key)
            return .none
        }
        if state.isEditing { return handlePrompt(&state, key) }
        guard let action = KeyMap.librarySearch.action(for: key) else { return .none }
        let page = max(1, state.visibleHits - 1)
        switch action {
        case .lineDown: move(&state, 1)
        case .lineUp: move(&state, -1)
        case .pageDown: move(&state, page)
        case .pageUp: move(&state, -page)
        case .top: move(&state, -state.hits.count)
        case .bottom: move(&state, state.hits.count)
        case .app(.open): return openSelected(state)
        case .app(.librarySearch): state.isEditing = true
        case .cancel: return .close
        case .help:
            state.showHelp = true
            state.helpTop = 0
        case .redraw: return .redraw
        default: break
        }
        return .none
    }

    static func move(_ state: inout LibrarySearchState, _ delta: Int) {
        guard !state.hits.isEmpty else { return }
        state.selected += delta
        state.clamp()
    }

    static func handlePrompt(_ state: inout LibrarySearchState, _ key: Key) -> Outcome {
        switch key {
        case .enter:
            let typed = TextFit.trimmed(state.prompt)
            if typed.isEmpty {
                state.error = "Type words to search for"
                return .none
            }
            // Enter on the query the hits already answer opens the selected hit.
            if typed == state.shownQuery, state.pending == nil, !state.hits.isEmpty {
                state.isEditing = false
                return openSelected(state)
            }
            return run(&state, typed)
        case .escape:
            // An edited query goes back to the results it had; an unchanged one closes.
            if let shown = state.shownQuery, !state.hits.isEmpty, TextFit.trimmed(state.prompt) != shown {
                state.isEditing = false
                state.prompt = shown
                return .none
            }
            return .close
        case .backspace, .delete:
            if state.prompt.isEmpty { return state.hits.isEmpty ? .close : .none }
            state.prompt.removeLast()
            state.error = nil
        case .down:
            if !state.hits.isEmpty, state.pending == nil, TextFit.trimmed(state.prompt) == state.shownQuery {
                state.isEditing = false
                move(&state, state.selected == 0 && state.top == 0 ? 0 : 1)
            }
        case .ctrl("u"):
            state.prompt = ""
            state.error = nil
        case .ctrl("l"):
            return .redraw
        case .char(let c):
            state.prompt.append(c)
            state.error = nil
        default:
            break
        }
        return .none
    }

    /// Reads the query and asks for a search, or shows why it cannot be read.
    static func run(_ state: inout LibrarySearchState, _ typed: String) -> Outcome {
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
            return .none
        }
        state.error = nil
        state.note = query.note
        state.lastID += 1
        state.pending = state.lastID
        state.shownQuery = typed
        state.prompt = typed
        return .search(id: state.lastID, query)
    }

    static func openSelected(_ state: LibrarySearchState) -> Outcome {
        guard let hit = state.selectedHit, let shown = state.shownQuery else { return .none }
        let terms = (try? SearchQuery.parse(shown))?.highlightTerms.map(\.text) ?? []
        return .open(hit, query: shown, terms: terms)
    }

    /// The wheel moves between hits; a click selects a hit, and a click on the selected one
    /// opens it.
    public static func update(_ state: inout LibrarySearchState, mouse m: MouseEvent) -> Outcome {
        guard !state.showHelp, !state.hits.isEmpty else { return .none }
        switch m.kind {
        case .wheelUp: move(&state, -1)
        case .wheelDown: move(&state, 1)
        case .click:
            guard m.y >= SearchResultsRenderer.listY else { return .none }
            let i = state.top + (m.y - SearchResultsRenderer.listY) / LibrarySearchState.rowsPerHit
            guard i < state.hits.count, i < state.top + state.visibleHits else { return .none }
            state.isEditing = false
            if i == state.selected { return openSelected(state) }
            state.selected = i
            state.clamp()
        }
        return .none
    }

    /// Results arrived: shown only when they answer the latest search.
    public static func finished(_ state: inout LibrarySearchState, id: Int, hits: [SearchHit]) {
        guard id == state.pending else { return }
        state.pending = nil
        state.hits = hits
        state.selected = 0
        state.top = 0
        state.error = hits.isEmpty ? "No article matches \(state.shownQuery ?? "")" : nil
        if !hits.isEmpty { state.isEditing = false }
    }

    public static func failed(_ state: inout LibrarySearchState, id: Int, message: String) {
        guard id == state.pending else { return }
        state.pending = nil
        state.hits = []
        state.error = message
        state.isEditing = true
    }

    static func handleHelp(_ state: inout LibrarySearchState, _ key: Key) {
        let lines = LibraryHelp.lines().count
        if !HelpOverlay.scroll(&state.helpTop, key: key, lines: lines, size: state.size) { state.showHelp = false }
    }
}
