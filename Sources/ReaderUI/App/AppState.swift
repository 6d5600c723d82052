import LibraryKit

/// The whole program's state as a value: the library list, the library search, the open
/// article's reader, and the history of articles opened (`H`/`L`). `App.update` makes the
/// next one from a message; `App.render` draws it.
public struct AppState: Sendable {
    /// What fills the screen.
    public enum View: Hashable, Sendable {
        case library, reader, search
    }

    /// An article in the history.
    public struct HistoryItem: Hashable, Sendable {
        public var path: String
        public var key: String
    }

    public var size: Size
    public var view: View = .library
    public var library: LibraryViewState
    public var search: LibrarySearchState
    public var reader: ReaderState?
    /// Canonical path of the article in `reader`.
    public var readerKey: String?
    /// The open article's bookmarks, and their list overlay.
    public var bookmarks = BookmarkListState()
    /// The folders and files the library was opened from (as given).
    public var roots: [String]
    /// The sample library, opened instead when `roots` hold no article.
    public var samplePath: String?
    public var usingSamples = false
    /// Articles opened, oldest first, and the one being read (or last read).
    public var history: [HistoryItem] = []
    public var historyIndex = -1
    /// The history position an `H`/`L` request moves to once the article is open.
    var pendingHistoryIndex: Int?
    /// The article being read in the background, and its title for the status row.
    public var opening: ArticleRequest?
    public var openingTitle: String?
    var lastRequestID = 0
    /// Where Esc in the library search goes back to.
    public var searchReturn: View = .library
    /// The themes `T` steps through, shared by every article opened.
    public var themes = ThemeCycle()
    /// True when the program was started on one article (`leggio FILE`): `q` there quits.
    public var startedInReader = false
    /// True while the library of `roots` waits to be listed: `leggio FILE` lists the file's
    /// folder on the first `h`, not while the article is being opened.
    public var libraryDeferred = false
    /// True when the article is standard input (`cat FILE | leggio`): nothing is saved for it
    /// (no position, no bookmarks) and there is no library around it (`q` quits).
    public var readsStandardInput = false
    /// A one-off line for the first article to open (`leggio FILE`: a theme or reading-state
    /// problem found at start-up), shown over it.
    public var startNotice: String?

    public init(size: Size, roots: [String], rootsLabel: String, samplePath: String? = nil) {
        self.size = size
        self.roots = roots
        self.samplePath = samplePath
        library = LibraryViewState(size: size, rootsLabel: rootsLabel)
        search = LibrarySearchState(size: size)
    }
}

extension AppState {
    /// Where the reader stands in the open article, for saving while reading (the run loop
    /// saves it once the keys go quiet, so a kill or a hang-up loses at most the last moments).
    public var readingPosition: (key: String, offset: Int, line: Int)? {
        guard view == .reader, !readsStandardInput, let key = readerKey, let at = reader?.readingOffset else { return nil }
        return (key, at.offset, at.line)
    }
}
