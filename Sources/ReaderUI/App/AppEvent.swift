import ArticleKit
import LibraryKit

/// Everything that can happen to the whole program: terminal input, and the results of work
/// the run loop did off the main thread (library loading, opening an article, facts, the
/// search index). `App.update` turns each into the next `AppState` and more `AppEffect`s.
public enum AppEvent: Sendable {
    /// A key, mouse report, resize or redraw from the terminal.
    case input(Event)
    /// The library loader reported progress (see `LibraryUpdate`).
    case library(LibraryUpdate)
    /// An article asked for with `AppEffect.openArticle` was read.
    case articleOpened(ArticleOpening)
    /// An article could not be opened; the message says why, in one line.
    case articleFailed(request: Int, message: String)
    /// Facts were extracted for the article with this key.
    case factsLoaded(key: String, Facts)
    /// The search index is being brought up to date.
    case indexProgress(done: Int, total: Int)
    /// The index is up to date (`notice` when it had to be rebuilt), or could not be opened.
    case indexReady(notice: String?)
    case indexFailed(String)
    /// Results of the search with this id; a failure carries a message for the reader.
    case searchFinished(id: Int, hits: [SearchHit])
    case searchFailed(id: Int, message: String)
}

/// Work the run loop performs for the app; the results come back as `AppEvent`s.
public enum AppEffect: Sendable {
    /// Open folders and files as the library (results arrive as `.library` events).
    case loadLibrary([String])
    /// Read an article (answered by `.articleOpened` or `.articleFailed`).
    case openArticle(ArticleRequest)
    /// Extract the facts of an open article (answered by `.factsLoaded`).
    case loadFacts(key: String, Article)
    /// Bring the search index up to date with the library's files.
    case updateIndex(roots: [String])
    /// Run a library search once the index is ready (answered by `.searchFinished`).
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
