import ArticleKit
import LibraryKit

/// The whole program's logic as pure functions: `start` opens a library, `update` turns an
/// event into the next state plus effects for the run loop, `render` draws a state. The
/// library list, its search and the reader each have their own update; this one routes keys
/// to the view on screen and moves between views (opening articles, going back, history).
public enum App {
    /// Most hits a library search asks for.
    public static let searchLimit = 50

    /// The state for a library opened from `roots`, and the loading to start.
    public static func start(roots: [String], rootsLabel: String, size: Size, samplePath: String? = nil) -> (AppState, [AppEffect]) {
        let s = AppState(size: size, roots: roots, rootsLabel: rootsLabel, samplePath: samplePath)
        return (s, [.loadLibrary(roots)])
    }

    /// Asks for an article to be opened (the run loop answers with `.articleOpened`).
    public static func open(_ state: AppState, path: String, key: String, title: String? = nil,
                            target: ArticleRequest.Target = .saved) -> (AppState, [AppEffect]) {
        var s = state
        s.lastRequestID += 1
        let request = ArticleRequest(id: s.lastRequestID, path: path, key: key, target: target)
        s.opening = request
        s.openingTitle = title ?? String(path.split(separator: "/").last ?? Substring(path))
        return (s, [.openArticle(request)])
    }

    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, [AppEffect]) {
        var s = state
        var effects: [AppEffect] = []
        switch event {
        case .input(let input):
            s.handleInput(input, &effects)
        case .library(let update):
            LibraryView.update(&s.library, update)
            if let key = s.readerKey, case .listed = update { s.library.select(key: key) }
            if case .finished = update, s.library.list.entries.isEmpty, !s.usingSamples, !s.startedInReader,
               let sample = s.samplePath {
                // An empty folder: show the sample library instead, and say so.
                let label = s.library.rootsLabel
                s.usingSamples = true
                s.roots = [sample]
                s.library = LibraryViewState(size: s.size, rootsLabel: "sample library")
                s.library.notice = "Showing the sample library: no articles in \(label)"
                s.search.indexState = .notStarted
                effects.append(.loadLibrary([sample]))
            }
        case .articleOpened(let opening):
            guard opening.request.id == s.opening?.id else { break }
            s.showOpened(opening, &effects)
        case .articleFailed(let id, let message):
            guard id == s.opening?.id else { break }
            s.opening = nil
            s.openingTitle = nil
            s.pendingHistoryIndex = nil
            switch s.view {
            case .reader: s.reader?.message = message
            case .library: s.library.message = message
            case .search: s.search.error = message
            }
        case .factsLoaded(let key, let facts):
            guard key == s.readerKey, let r = s.reader else { break }
            s.reader = Reader.update(r, .factsLoaded(facts)).0
            s.reader?.message = r.message
        case .indexProgress(let done, let total):
            s.search.indexState = .updating
            s.search.indexDone = done
            s.search.indexTotal = total
        case .indexReady(let notice):
            s.search.indexState = .ready
            if let notice, s.search.error == nil { s.search.error = notice }
        case .indexFailed(let message):
            s.search.indexState = .failed(message)
            if let id = s.search.pending { LibrarySearch.failed(&s.search, id: id, message: message) }
        case .searchFinished(let id, let hits):
            LibrarySearch.finished(&s.search, id: id, hits: hits)
        case .searchFailed(let id, let message):
            LibrarySearch.failed(&s.search, id: id, message: message)
        }
        return (s, effects)
    }

    public static func render(_ state: AppState) -> Screen {
        switch state.view {
        case .library:
            return LibraryRenderer.render(state.library, opening: state.openingTitle)
        case .search:
            return SearchResultsRenderer.render(state.search, rootsLabel: state.library.rootsLabel, opening: state.openingTitle)
        case .reader:
            guard let reader = state.reader else { return LibraryRenderer.render(state.library, opening: state.openingTitle) }
            var shown = reader
            if state.showBookmarks { shown.overlayMode = "BOOKMARKS" }
            var screen = Reader.render(shown)
            if state.showBookmarks { screen.cursor = BookmarkOverlay.draw(state, into: &screen) }
            return screen
        }
    }
}

extension AppState {
    mutating func handleInput(_ input: Event, _ effects: inout [AppEffect]) {
        switch input {
        case .resize(let size):
            self.size = size
            library.size = size
            library.clamp()
            search.size = size
            search.clamp()
            if let r = reader { reader = Reader.update(r, .resize(size)).0 }
        case .redraw:
            effects.append(.fullRedraw)
        case .factsLoaded:
            break
        case .key(let key):
            switch view {
            case .library: libraryKey(key, &effects)
            case .search: searchKey(key, &effects)
            case .reader: readerKey(key, &effects)
            }
        case .mouse(let m):
            switch view {
            case .library:
                if case .open(let entry) = LibraryView.update(&library, mouse: m) { openEntry(entry, &effects) }
            case .search:
                if case .open(let hit, let query, let terms) = LibrarySearch.update(&search, mouse: m) {
                    openHit(hit, query: query, terms: terms, &effects)
                }
            case .reader:
                if let r = reader, !showBookmarks { reader = Reader.update(r, input).0 }
            }
        }
    }

    // MARK: The list

    mutating func libraryKey(_ key: Key, _ effects: inout [AppEffect]) {
        switch LibraryView.update(&library, key: key) {
        case .none: break
        case .open(let entry): openEntry(entry, &effects)
        case .librarySearch: openSearch(from: .library, &effects)
        case .historyForward:
            if reader != nil {
                view = .reader
            } else {
                library.message = "No article opened yet: Enter opens the selected one"
            }
        case .quit: effects.append(.quit)
        case .redraw: effects.append(.fullRedraw)
        case .nextTheme:
            if let name = themes.advance() {
                effects.append(.applyTheme(name))
                library.message = "Theme \(themes.position): \(name)"
            } else {
                library.message = "No other theme to switch to (theme: \(themes.current))"
            }
        }
    }

    mutating func openEntry(_ entry: LibraryEntry, _ effects: inout [AppEffect]) {
        if entry.key == readerKey, reader != nil {
            // The article just left: back where the reader was, at once.
            view = .reader
            return
        }
        leaveReader(&effects)
        pendingHistoryIndex = nil
        let (s, e) = App.open(self, path: entry.path, key: entry.key, title: entry.title)
        self = s
        effects += e
    }

    // MARK: The search

    mutating func openSearch(from origin: View, _ effects: inout [AppEffect]) {
        searchReturn = origin
        view = .search
        search.isEditing = true
        search.showHelp = false
        if search.indexState == .notStarted {
            search.indexState = .updating
            effects.append(.updateIndex(roots: roots))
        }
    }

    mutating func searchKey(_ key: Key, _ effects: inout [AppEffect]) {
        switch LibrarySearch.update(&search, key: key) {
        case .none: break
        case .search(let id, let query):
            if search.indexState == .notStarted || search.indexState.isFailed {
                search.indexState = .updating
                effects.append(.updateIndex(roots: roots))
            }
            effects.append(.search(id: id, query: query, roots: roots))
        case .open(let hit, let query, let terms):
            openHit(hit, query: query, terms: terms, &effects)
        case .close:
            view = searchReturn == .reader && reader != nil ? .reader : .library
        case .redraw:
            effects.append(.fullRedraw)
        }
    }

    mutating func openHit(_ hit: SearchHit, query: String, terms: [String], _ effects: inout [AppEffect]) {
        let target = ArticleRequest.Target.hit(section: hit.section, query: query, terms: terms)
        leaveReader(&effects)
        pendingHistoryIndex = nil
        let (s, e) = App.open(self, path: hit.path, key: hit.path, title: hit.title, target: target)
        self = s
        effects += e
    }

    // MARK: The reader

    mutating func readerKey(_ key: Key, _ effects: inout [AppEffect]) {
        guard var r = reader else { return }
        if showBookmarks {
            bookmarkKey(key, &r, &effects)
            reader = r
            return
        }
        guard r.mode == .reading else {
            forward(.key(key), to: r, &effects)
            return
        }
        let action = KeyMap.reading.action(for: key)
        switch action {
        case .app(.backToList):
            backToList(&effects)
        case .quit where key == .char("q") && !startedInReader:
            backToList(&effects)
        case .quit:
            leaveReader(&effects)
            effects.append(.quit)
        case .app(.historyBack):
            goHistory(-1, &effects)
        case .app(.historyForward):
            goHistory(1, &effects)
        case .app(.librarySearch):
            openSearch(from: .reader, &effects)
        case .app(.bookmark):
            guard let key = readerKey, let at = r.readingOffset else { return }
            if bookmarks.contains(where: { $0.offset == at.offset }) {
                r.message = "Line \(at.line) is already bookmarked (' lists bookmarks)"
                reader = r
                return
            }
            let label = r.readingLabel
            effects.append(.addBookmark(key: key, offset: at.offset, line: at.line, label: label))
            bookmarks.removeAll { $0.offset == at.offset }
            bookmarks.append(Bookmark(offset: at.offset, line: at.line, label: label, createdAt: 0))
            bookmarks.sort { $0.offset < $1.offset }
            r.message = "Bookmarked line \(at.line) (' lists bookmarks)"
            reader = r
        case .app(.bookmarks):
            if bookmarks.isEmpty {
                r.message = "No bookmarks in this article: m adds one"
                reader = r
            } else {
                showBookmarks = true
                // The list opens on the last bookmark at or above the reading position.
                let here = r.readingOffset?.offset ?? 0
                bookmarkSelected = bookmarks.lastIndex { $0.offset <= here } ?? 0
            }
        default:
            forward(.key(key), to: r, &effects)
        }
    }

    /// Hands an event to the reader and its effects to the run loop.
    mutating func forward(_ event: Event, to r: ReaderState, _ effects: inout [AppEffect]) {
        let (next, readerEffects) = Reader.update(r, event)
        reader = next
        themes = next.themes
        for e in readerEffects {
            switch e {
            case .loadFacts:
                if let key = readerKey { effects.append(.loadFacts(key: key, next.article)) }
            case .fullRedraw: effects.append(.fullRedraw)
            case .applyTheme(let name): effects.append(.applyTheme(name))
            case .quit:
                leaveReader(&effects)
                effects.append(.quit)
            }
        }
    }

    /// Saves where the reader is in the open article (it stays open, for `L` and Enter).
    mutating func leaveReader(_ effects: inout [AppEffect]) {
        guard let r = reader, let key = readerKey, let at = r.readingOffset else { return }
        effects.append(.savePosition(key: key, offset: at.offset, line: at.line))
    }

    mutating func backToList(_ effects: inout [AppEffect]) {
        leaveReader(&effects)
        showBookmarks = false
        reader?.message = nil  // a one-off line is not there to greet the article's return
        view = .library
        if libraryDeferred {
            libraryDeferred = false
            effects.append(.loadLibrary(roots))
        }
        if let key = readerKey { library.select(key: key) }
    }

    mutating func goHistory(_ step: Int, _ effects: inout [AppEffect]) {
        // Keys pressed before the last H/L's article arrived count from where that one goes.
        let i = (pendingHistoryIndex ?? historyIndex) + step
        guard history.indices.contains(i) else {
            reader?.message = step < 0 ? "No earlier article (H goes back, L forward)" : "No later article (H goes back, L forward)"
            return
        }
        leaveReader(&effects)
        let item = history[i]
        pendingHistoryIndex = i
        let (s, e) = App.open(self, path: item.path, key: item.key)
        self = s
        effects += e
    }

    /// An article arrived: a new reader at the target, and the history updated.
    mutating func showOpened(_ opening: ArticleOpening, _ effects: inout [AppEffect]) {
        let request = opening.request
        self.opening = nil
        openingTitle = nil
        let start = Reader.start(document: ReaderDocument(article: opening.article), size: size)
        var r = start.0
        let readerEffects = start.1
        r.themes = themes
        switch request.target {
        case .saved:
            if let p = opening.position {
                r.restore(offset: p.offset)
                if r.articleTop > 0 { r.message = "Back where you left it: line \(p.line)" }
            }
        case .offset(let offset):
            r.restore(offset: offset)
        case .hit(let section, let query, let terms):
            r.showHit(section: section, query: query, terms: terms)
        }
        reader = r
        readerKey = request.key
        bookmarks = opening.bookmarks.sorted { $0.offset < $1.offset }
        showBookmarks = false
        view = .reader
        library.select(key: request.key)
        let item = HistoryItem(path: request.path, key: request.key)
        if let i = pendingHistoryIndex, history.indices.contains(i) {
            historyIndex = i
        } else {
            if historyIndex + 1 < history.count { history.removeSubrange((historyIndex + 1)...) }
            if history.last != item { history.append(item) }
            historyIndex = history.count - 1
        }
        pendingHistoryIndex = nil
        for e in readerEffects {
            if case .loadFacts = e { effects.append(.loadFacts(key: request.key, opening.article)) }
        }
    }

    // MARK: Bookmarks

    mutating func bookmarkKey(_ key: Key, _ r: inout ReaderState, _ effects: inout [AppEffect]) {
        switch key {
        case .char("j"), .down: bookmarkSelected = min(bookmarks.count - 1, bookmarkSelected + 1)
        case .char("k"), .up: bookmarkSelected = max(0, bookmarkSelected - 1)
        case .enter:
            if bookmarks.indices.contains(bookmarkSelected) {
                r.restore(offset: bookmarks[bookmarkSelected].offset)
                r.message = "Bookmark \(bookmarkSelected + 1)/\(bookmarks.count): line \(bookmarks[bookmarkSelected].line)"
            }
            showBookmarks = false
        case .char("d"), .delete:
            guard let key = readerKey, bookmarks.indices.contains(bookmarkSelected) else { break }
            let gone = bookmarks.remove(at: bookmarkSelected)
            effects.append(.removeBookmark(key: key, offset: gone.offset))
            r.message = "Removed the bookmark at line \(gone.line)"
            bookmarkSelected = min(bookmarkSelected, bookmarks.count - 1)
            if bookmarks.isEmpty { showBookmarks = false }
        case .escape, .char("q"), .char("'"):
            showBookmarks = false
        default:
            break
        }
    }
}

extension LibrarySearchState.IndexState {
    var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }
}
