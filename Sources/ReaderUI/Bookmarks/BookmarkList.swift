import LibraryKit

/// The open article's bookmarks, oldest offset first, and their list overlay (`'`): whether
/// it is open and the selected bookmark.
public struct BookmarkListState: Sendable {
    public internal(set) var marks: [Bookmark] = []
    public var selected = 0
    public var isOpen = false

    public init(marks: [Bookmark] = []) {
        self.marks = marks.sorted { $0.offset < $1.offset }
    }
}

/// The bookmark list's logic: keys from `KeyMap.bookmarks` move, go to or delete a bookmark;
/// the app adds bookmarks (`m`) and opens the list on the reading position.
public enum BookmarkList: Component {
    public enum Msg: Sendable {
        case key(Key)
        /// Open the list on the last bookmark at or above this byte offset.
        case show(near: Int)
        /// A bookmark was added (one at the same offset is replaced).
        case add(Bookmark)
        /// Close the list (the reader was left).
        case hide
    }

    public enum Cmd: Hashable, Sendable {
        /// Go to this bookmark, number `number` of `count` (the list has closed).
        case go(Bookmark, number: Int, count: Int)
        /// This bookmark was deleted from the list: the store should forget it too.
        case removed(Bookmark)
    }

    public static func update(_ state: BookmarkListState, _ msg: Msg) -> (BookmarkListState, [Cmd]) {
        var s = state
        switch msg {
        case .show(let offset):
            s.isOpen = !s.marks.isEmpty
            s.selected = s.marks.lastIndex { $0.offset <= offset } ?? 0
            return (s, [])
        case .hide:
            s.isOpen = false
            return (s, [])
        case .add(let mark):
            s.marks.removeAll { $0.offset == mark.offset }
            s.marks.append(mark)
            s.marks.sort { $0.offset < $1.offset }
            return (s, [])
        case .key(let key):
            guard let action = KeyMap.bookmarks.action(for: key) else { return (s, []) }
            switch action {
            case .lineDown: s.selected = min(s.marks.count - 1, s.selected + 1)
            case .lineUp: s.selected = max(0, s.selected - 1)
            case .activate:
                s.isOpen = false
                guard s.marks.indices.contains(s.selected) else { return (s, []) }
                return (s, [.go(s.marks[s.selected], number: s.selected + 1, count: s.marks.count)])
            case .delete:
                guard s.marks.indices.contains(s.selected) else { return (s, []) }
                let gone = s.marks.remove(at: s.selected)
                s.selected = min(s.selected, s.marks.count - 1)
                if s.marks.isEmpty { s.isOpen = false }
                return (s, [.removed(gone)])
            case .cancel: s.isOpen = false
            default: break
            }
            return (s, [])
        }
    }
}
