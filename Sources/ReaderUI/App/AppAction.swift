/// Keys that belong to the app around the reader: the library list, its search, the history
/// of opened articles and bookmarks. They live in the key maps (as `Action.app`) so the help
/// overlays list them with the reader's own keys.
public enum AppAction: Hashable, Sendable {
    /// Leave the article for the library list.
    case backToList
    /// The article opened before (`H`) or after (`L`) this one.
    case historyBack, historyForward
    /// The library search prompt.
    case librarySearch
    /// Bookmark the reading position; list this article's bookmarks.
    case bookmark, bookmarks
    /// Library list: open the selected article, next sort order, filter as you type.
    case open, sort, filter

    public var description: String {
        switch self {
        case .backToList: "back to the library list"
        case .historyBack: "previous article opened"
        case .historyForward: "next article opened"
        case .librarySearch: "search the whole library"
        case .bookmark: "bookmark this position"
        case .bookmarks: "this article's bookmarks"
        case .open: "open the article"
        case .sort: "sort by title, date, length"
        case .filter: "filter titles and paths"
        }
    }
}
