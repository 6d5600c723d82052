import LibraryKit

/// Bookmarks in the open article: `m` adds one at the reading position, `'` opens the list
/// (a component of its own), and the list's choices move the reader or tell the store.
extension AppState {
    mutating func addBookmark(_ cmds: inout [AppCmd]) {
        if readsStandardInput {
            say("Standard input is not kept: no bookmarks for it")
            return
        }
        guard let key = readerKey, let r = reader, let at = r.readingOffset else { return }
        if bookmarks.marks.contains(where: { $0.offset == at.offset }) {
            say("Line \(at.line) is already bookmarked (' lists bookmarks)")
            return
        }
        let label = r.readingLabel
        cmds.append(.addBookmark(key: key, offset: at.offset, line: at.line, label: label))
        send(BookmarkList.Msg.add(Bookmark(offset: at.offset, line: at.line, label: label, createdAt: 0)), &cmds)
        say("Bookmarked line \(at.line) (' lists bookmarks)")
    }

    /// The list opens on the last bookmark at or above the reading position.
    mutating func showBookmarks(_ cmds: inout [AppCmd]) {
        guard !bookmarks.marks.isEmpty else {
            say("No bookmarks in this article: m adds one")
            return
        }
        send(BookmarkList.Msg.show(near: reader?.readingOffset?.offset ?? 0), &cmds)
    }

    mutating func send(_ msg: BookmarkList.Msg, _ cmds: inout [AppCmd]) {
        for cmd in BookmarkList.step(&bookmarks, msg) {
            switch cmd {
            case .go(let mark, let number, let count):
                send(ReaderMsg.goTo(offset: mark.offset), &cmds)
                say("Bookmark \(number)/\(count): line \(mark.line)")
            case .removed(let mark):
                if let key = readerKey { cmds.append(.removeBookmark(key: key, offset: mark.offset)) }
                say("Removed the bookmark at line \(mark.line)")
            }
        }
    }
}
