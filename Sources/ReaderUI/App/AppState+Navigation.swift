import LibraryKit

/// Moving between the app's views: opening an article (from the list, a search hit or the
/// history), the article arriving, leaving it for the list, and the library search.
extension AppState {
    mutating func openEntry(_ entry: LibraryEntry, _ cmds: inout [AppCmd]) {
        if entry.key == readerKey, reader != nil {
            // The article just left: back where the reader was, at once.
            view = .reader
            return
        }
        leaveReader(&cmds)
        pendingHistoryIndex = nil
        let (s, more) = App.open(self, path: entry.path, key: entry.key, title: entry.title)
        self = s
        cmds += more
    }

    mutating func openSearch(from origin: View, _ cmds: inout [AppCmd]) {
        searchReturn = origin
        view = .search
        send(LibrarySearch.Msg.start, &cmds)
    }

    mutating func openHit(_ hit: SearchHit, query: String, terms: [String], _ cmds: inout [AppCmd]) {
        let target = ArticleRequest.Target.hit(section: hit.section, query: query, terms: terms)
        leaveReader(&cmds)
        pendingHistoryIndex = nil
        let (s, more) = App.open(self, path: hit.path, key: hit.path, title: hit.title, target: target)
        self = s
        cmds += more
    }

    /// Saves where the reader is in the open article (it stays open, for `L` and Enter).
    mutating func leaveReader(_ cmds: inout [AppCmd]) {
        guard !readsStandardInput, let r = reader, let key = readerKey, let at = r.readingOffset else { return }
        cmds.append(.savePosition(key: key, offset: at.offset, line: at.line))
    }

    mutating func backToList(_ cmds: inout [AppCmd]) {
        leaveReader(&cmds)
        send(BookmarkList.Msg.hide, &cmds)
        send(ReaderMsg.say(nil), &cmds)  // a one-off line is not there to greet the article's return
        view = .library
        if libraryDeferred {
            libraryDeferred = false
            cmds.append(.loadLibrary(roots))
        }
        if let key = readerKey { send(LibraryView.Msg.select(key: key), &cmds) }
    }

    mutating func goHistory(_ step: Int, _ cmds: inout [AppCmd]) {
        // Keys pressed before the last H/L's article arrived count from where that one goes.
        let i = (pendingHistoryIndex ?? historyIndex) + step
        guard history.indices.contains(i) else {
            say(step < 0 ? "No earlier article (H goes back, L forward)" : "No later article (H goes back, L forward)")
            return
        }
        leaveReader(&cmds)
        let item = history[i]
        pendingHistoryIndex = i
        let (s, more) = App.open(self, path: item.path, key: item.key)
        self = s
        cmds += more
    }

    /// An article arrived: a new reader at the target, and the history updated.
    mutating func showOpened(_ opening: ArticleOpening, _ cmds: inout [AppCmd]) {
        let request = opening.request
        self.opening = nil
        openingTitle = nil
        var (r, readerCmds) = Reader.start(document: ReaderDocument(article: opening.article), size: size)
        switch request.target {
        case .saved:
            if let p = opening.position {
                r = Reader.update(r, .goTo(offset: p.offset)).0
                if r.articleTop > 0 { r = Reader.update(r, .say("Back where you left it: line \(p.line)")).0 }
            }
        case .offset(let offset):
            r = Reader.update(r, .goTo(offset: offset)).0
        case .unremembered:
            break
        case .hit(let section, let query, let terms):
            r = Reader.update(r, .showHit(section: section, query: query, terms: terms)).0
        }
        if let notice = startNotice {
            // Said at start-up (a theme or reading-state problem): over the article it was for.
            startNotice = nil
            r = Reader.update(r, .say(notice)).0
        }
        reader = r
        readerKey = request.key
        bookmarks = BookmarkListState(marks: opening.bookmarks)
        view = .reader
        send(LibraryView.Msg.select(key: request.key), &cmds)
        let item = HistoryItem(path: request.path, key: request.key)
        if let i = pendingHistoryIndex, history.indices.contains(i) {
            historyIndex = i
        } else {
            if historyIndex + 1 < history.count { history.removeSubrange((historyIndex + 1)...) }
            if history.last != item { history.append(item) }
            historyIndex = history.count - 1
        }
        pendingHistoryIndex = nil
        for cmd in readerCmds { handle(cmd, &cmds) }
    }
}
