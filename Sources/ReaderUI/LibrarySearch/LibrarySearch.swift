import LibraryKit

/// The library search's logic: typing a query, reading it with `SearchQuery.parse` (a
/// malformed query gives its message, never an index error), asking for it to be run and for
/// the index to be brought up to date, the index's progress and the results as they arrive,
/// and choosing a hit to open.
public enum LibrarySearch: Component {
    public enum Msg: Sendable {
        case key(Key)
        case mouse(MouseEvent)
        case resize(Size)
        /// The search was opened (`S`): the query is edited, and the index is brought up to
        /// date if that has not started.
        case start
        /// The library changed (the sample library replaced an empty folder): its index has
        /// to be brought up to date again.
        case libraryChanged
        case indexProgress(done: Int, total: Int)
        /// The index is up to date (`notice` when it had to be rebuilt).
        case indexReady(notice: String?)
        case indexFailed(String)
        /// Results of the search with this id; a failure carries a message for the reader.
        case finished(id: Int, hits: [SearchHit])
        case failed(id: Int, message: String)
        /// A one-off line for the status row.
        case say(String)
    }

    /// What the search asks of the app.
    public enum Cmd: Sendable {
        /// Bring the search index up to date with the library's files.
        case updateIndex
        /// Run this query (the id comes back with the results).
        case search(id: Int, SearchQuery)
        /// Open the hit's article at its section, with the query's words highlighted.
        case open(SearchHit, query: String, terms: [String])
        case close
        case redraw
    }

    public static func update(_ state: LibrarySearchState, _ msg: Msg) -> (LibrarySearchState, [Cmd]) {
        var s = state
        switch msg {
        case .key(let key):
            let cmds = self.key(&s, key)
            return (s, cmds)
        case .mouse(let m):
            let cmds = mouse(&s, m)
            return (s, cmds)
        case .resize(let size):
            s.size = size
            s.clamp()
            if let help = s.help { s.help = Help.update(help, .resize(size)).0 }
        case .start:
            s.isEditing = true
            s.help = nil
            if s.indexState == .notStarted {
                s.indexState = .updating
                return (s, [.updateIndex])
            }
        case .libraryChanged:
            s.indexState = .notStarted
        case .indexProgress(let done, let total):
            s.indexState = .updating
            s.indexDone = done
            s.indexTotal = total
        case .indexReady(let notice):
            s.indexState = .ready
            if let notice, s.error == nil { s.error = notice }
        case .indexFailed(let message):
            s.indexState = .failed(message)
            if let id = s.pending { failed(&s, id: id, message: message) }
        case .finished(let id, let hits):
            finished(&s, id: id, hits: hits)
        case .failed(let id, let message):
            failed(&s, id: id, message: message)
        case .say(let message):
            s.error = message
        }
        return (s, [])
    }

    static func key(_ state: inout LibrarySearchState, _ key: Key) -> [Cmd] {
        if let help = state.help {
            let (next, cmds) = Help.update(help, .key(key))
            state.help = cmds.contains(.close) ? nil : next
            return []
        }
        if state.isEditing { return prompt(&state, key) }
        guard let action = KeyMap.librarySearch.action(for: key) else { return [] }
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
        case .cancel: return [.close]
        case .help: state.help = HelpState(lines: LibraryHelp.lines().count, size: state.size)
        case .redraw: return [.redraw]
        default: break
        }
        return []
    }

    static func move(_ state: inout LibrarySearchState, _ delta: Int) {
        guard !state.hits.isEmpty else { return }
        state.selected += delta
        state.clamp()
    }

    static func openSelected(_ state: LibrarySearchState) -> [Cmd] {
        guard let hit = state.selectedHit, let shown = state.shownQuery else { return [] }
        let terms = (try? SearchQuery.parse(shown))?.highlightTerms.map(\.text) ?? []
        return [.open(hit, query: shown, terms: terms)]
    }

    /// The wheel moves between hits; a click selects a hit, and a click on the selected one
    /// opens it.
    static func mouse(_ state: inout LibrarySearchState, _ m: MouseEvent) -> [Cmd] {
        guard state.help == nil, !state.hits.isEmpty else { return [] }
        switch m.kind {
        case .wheelUp: move(&state, -1)
        case .wheelDown: move(&state, 1)
        case .click:
            guard m.y >= SearchResultsRenderer.listY else { return [] }
            let i = state.top + (m.y - SearchResultsRenderer.listY) / LibrarySearchState.rowsPerHit
            guard i < state.hits.count, i < state.top + state.visibleHits else { return [] }
            state.isEditing = false
            if i == state.selected { return openSelected(state) }
            state.selected = i
            state.clamp()
        }
        return []
    }

    /// Results arrived: shown only when they answer the latest search.
    static func finished(_ state: inout LibrarySearchState, id: Int, hits: [SearchHit]) {
        guard id == state.pending else { return }
        state.pending = nil
        state.hits = hits
        state.selected = 0
        state.top = 0
        if hits.isEmpty {
            // How the query was read comes first: without it, "no match" for `"porta` hides
            // that the open quote made it a phrase.
            state.error = state.note.map { $0 + " · no article matches" } ?? "No article matches \(state.shownQuery ?? "")"
        } else {
            state.error = nil
        }
        if !hits.isEmpty { state.isEditing = false }
    }

    static func failed(_ state: inout LibrarySearchState, id: Int, message: String) {
        guard id == state.pending else { return }
        state.pending = nil
        state.hits = []
        state.error = message
        state.isEditing = true
    }
}

extension LibrarySearchState.IndexState {
    var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }
}
