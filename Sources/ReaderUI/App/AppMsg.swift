import ArticleKit
import LibraryKit

/// Everything the whole program takes: terminal input (routed to the view on screen),
/// messages for each screen it holds, and the results of work the run loop did off the main
/// thread (an article read, its facts, the library's and the index's progress, search hits),
/// which arrive as the screens' own messages. `App.update` turns each into the next
/// `AppState` and `AppCmd`s.
public enum AppMsg: Sendable {
    /// A key, mouse report, resize or redraw from the terminal.
    case input(Event)
    /// For the library list (the loader's progress arrives as `.library(.loaded(_))`).
    case library(LibraryView.Msg)
    /// For the library search (the index's progress and search results arrive here).
    case search(LibrarySearch.Msg)
    /// For the open article's reader.
    case reader(ReaderMsg)
    /// For the open article's bookmark list.
    case bookmarks(BookmarkList.Msg)
    /// An article asked for with `AppCmd.openArticle` was read.
    case articleOpened(ArticleOpening)
    /// An article could not be opened; the message says why, in one line.
    case articleFailed(request: Int, message: String)
    /// Facts were extracted for the article with this key (dropped if another is open).
    case factsLoaded(key: String, Facts)
    /// A one-off line in whatever is on screen (a save that failed, a theme that did not load).
    case say(String)
}

/// Work the run loop performs for the app; the results come back as `AppMsg`s.
public enum AppCmd: Sendable {
    /// Open folders and files as the library (results arrive as `.library(.loaded(_))`).
    case loadLibrary([String])
    /// Read an article (answered by `.articleOpened` or `.articleFailed`).
    case openArticle(ArticleRequest)
    /// Extract the facts of an open article from the reader's flattened view of it
    /// (answered by `.factsLoaded`).
    case loadFacts(key: String, FlatArticle)
    /// Bring the search index up to date with the library's files.
    case updateIndex(roots: [String])
    /// Run a library search once the index is ready (answered by `.search(.finished(_))`).
    case search(id: Int, query: SearchQuery, roots: [String])
    /// Remember where the reader is in an article (byte offset and line in its text).
    case savePosition(key: String, offset: Int, line: Int)
    /// Add a bookmark to an article.
    case addBookmark(key: String, offset: Int, line: Int, label: String)
    /// Remove the article's bookmark at a byte offset.
    case removeBookmark(key: String, offset: Int)
    case fullRedraw
    case applyTheme(String)
    case quit
}

/// What to open and where to land.
public struct ArticleRequest: Hashable, Sendable {
    /// Where to land once it is open.
    public enum Target: Hashable, Sendable {
        /// Where the reader left it (the saved position), else the start.
        case saved
        /// A library search hit: the section, with the query's words highlighted and n/N
        /// stepping through them.
        case hit(section: Int, query: String, terms: [String])
        /// A byte offset in the article's text (a bookmark).
        case offset(Int)
        /// The start, with nothing remembered about it: standard input, which has no file to
        /// keep a position or bookmarks for.
        case unremembered
    }

    /// Increases with each request, so a late answer to an older one is ignored.
    public var id: Int
    public var path: String
    /// Canonical path: the key of the reading state.
    public var key: String
    public var target: Target

    public init(id: Int, path: String, key: String, target: Target) {
        self.id = id
        self.path = path
        self.key = key
        self.target = target
    }
}

/// An article read for a request, with what is remembered about it.
public struct ArticleOpening: Sendable {
    public var request: ArticleRequest
    public var article: Article
    /// The saved reading position, if any.
    public var position: ReadingPosition?
    public var bookmarks: [Bookmark]

    public init(request: ArticleRequest, article: Article, position: ReadingPosition? = nil, bookmarks: [Bookmark] = []) {
        self.request = request
        self.article = article
        self.position = position
        self.bookmarks = bookmarks
    }
}
