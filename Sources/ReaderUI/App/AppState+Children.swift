import LibraryKit

/// How the app talks to the components it holds: terminal input routed to the one on
/// screen, a message sent to one (its state replaced by the next), and each command it
/// gives turned into the app's own work.
extension AppState {
    mutating func route(_ event: Event, _ cmds: inout [AppCmd]) {
        switch event {
        case .redraw:
            cmds.append(.fullRedraw)
        case .resize(let size):
            self.size = size
            send(LibraryView.Msg.resize(size), &cmds)
            send(LibrarySearch.Msg.resize(size), &cmds)
            send(ReaderMsg.resize(size), &cmds)
        case .key(let key) where Geometry.isTooSmall(size):
            // Only the "Too small" notice is on screen: `q` quits (as it says, saving the
            // reading position), other keys are ignored rather than acting unseen.
            guard key == .char("q") else { break }
            if view == .reader { leaveReader(&cmds) }
            cmds.append(.quit)
        case .mouse where Geometry.isTooSmall(size):
            break
        case .key(let key):
            switch view {
            case .library: send(LibraryView.Msg.key(key), &cmds)
            case .search: send(LibrarySearch.Msg.key(key), &cmds)
            case .reader where bookmarks.isOpen: send(BookmarkList.Msg.key(key), &cmds)
            case .reader: send(ReaderMsg.key(key), &cmds)
            }
        case .mouse(let m):
            switch view {
            case .library: send(LibraryView.Msg.mouse(m), &cmds)
            case .search: send(LibrarySearch.Msg.mouse(m), &cmds)
            case .reader where bookmarks.isOpen: break
            case .reader: send(ReaderMsg.mouse(m), &cmds)
            }
        }
    }

    /// Shows a one-off message in whatever is on screen.
    mutating func say(_ message: String) {
        var ignored: [AppCmd] = []
        switch view {
        case .library: send(LibraryView.Msg.say(message), &ignored)
        case .search: send(LibrarySearch.Msg.say(message), &ignored)
        case .reader where reader == nil: send(LibraryView.Msg.say(message), &ignored)
        case .reader: send(ReaderMsg.say(message), &ignored)
        }
    }

    // MARK: The library list

    mutating func send(_ msg: LibraryView.Msg, _ cmds: inout [AppCmd]) {
        for cmd in LibraryView.step(&library, msg) {
            switch cmd {
            case .open(let entry): openEntry(entry, &cmds)
            case .librarySearch: openSearch(from: .library, &cmds)
            case .historyForward:
                if reader != nil {
                    view = .reader
                } else {
                    say("No article opened yet: Enter opens the selected one")
                }
            case .quit: cmds.append(.quit)
            case .redraw: cmds.append(.fullRedraw)
            case .nextTheme: nextTheme(&cmds)
            }
        }
    }

    /// The loader's progress, as the app sees it: the article being read stays selected, and
    /// an empty folder gives way to the sample library.
    mutating func libraryLoaded(_ update: LibraryUpdate, _ cmds: inout [AppCmd]) {
        if let key = readerKey, case .listed = update { send(LibraryView.Msg.select(key: key), &cmds) }
        if case .finished = update, library.list.entries.isEmpty, !usingSamples, !startedInReader, let sample = samplePath,
           !library.list.problems.contains(where: \.isUnlistedFolder) {
            // An empty folder: show the sample library instead, and say so (not when a folder
            // could not be listed: its notice stays, and it may hold articles).
            let label = library.rootsLabel
            usingSamples = true
            roots = [sample]
            library = LibraryViewState(size: size, rootsLabel: "sample library")
            library.notice = "Showing the sample library: no articles in \(label)"
            send(LibrarySearch.Msg.libraryChanged, &cmds)
            cmds.append(.loadLibrary([sample]))
        }
    }

    // MARK: The library search

    mutating func send(_ msg: LibrarySearch.Msg, _ cmds: inout [AppCmd]) {
        for cmd in LibrarySearch.step(&search, msg) {
            switch cmd {
            case .updateIndex: cmds.append(.updateIndex(roots: roots))
            case .search(let id, let query): cmds.append(.search(id: id, query: query, roots: roots))
            case .open(let hit, let query, let terms): openHit(hit, query: query, terms: terms, &cmds)
            case .close: view = searchReturn == .reader && reader != nil ? .reader : .library
            case .redraw: cmds.append(.fullRedraw)
            }
        }
    }

    // MARK: The reader

    mutating func send(_ msg: ReaderMsg, _ cmds: inout [AppCmd]) {
        guard let r = reader else { return }
        let (next, readerCmds) = Reader.update(r, msg)
        reader = next
        for cmd in readerCmds { handle(cmd, &cmds) }
    }

    mutating func handle(_ cmd: ReaderCmd, _ cmds: inout [AppCmd]) {
        switch cmd {
        case .loadFacts:
            if let key = readerKey, let r = reader { cmds.append(.loadFacts(key: key, r.document.flat)) }
        case .fullRedraw: cmds.append(.fullRedraw)
        case .nextTheme: nextTheme(&cmds)
        case .app(let action) where readsStandardInput && [.backToList, .historyBack, .historyForward, .librarySearch].contains(action):
            say("Standard input is read alone: no library around it (q quits)")
        case .app(.backToList): backToList(&cmds)
        case .app(.historyBack): goHistory(-1, &cmds)
        case .app(.historyForward): goHistory(1, &cmds)
        case .app(.librarySearch): openSearch(from: .reader, &cmds)
        case .app(.bookmark): addBookmark(&cmds)
        case .app(.bookmarks): showBookmarks(&cmds)
        case .app(.open), .app(.sort), .app(.filter): break
        case .leave where !startedInReader:
            backToList(&cmds)
        case .leave, .quit:
            leaveReader(&cmds)
            cmds.append(.quit)
        }
    }

    // MARK: Themes

    /// `T` in any view: the next theme, named in the status line.
    mutating func nextTheme(_ cmds: inout [AppCmd]) {
        if let name = themes.advance() {
            cmds.append(.applyTheme(name))
            say("Theme \(themes.position): \(name)")
        } else {
            say("No other theme to switch to (theme: \(themes.current))")
        }
    }
}
