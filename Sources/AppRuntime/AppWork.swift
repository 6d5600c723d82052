import ArticleKit
import Foundation
import LibraryKit
import ReaderUI

/// Performs the app's commands that take time, off the main thread: opening the library,
/// reading articles, extracting facts, updating and querying the search index. Each posts
/// its results to the inbox as events; the run loop folds them into the state. It lives on
/// the main actor with the loop; the jobs it starts capture only Sendable values.
@MainActor
public final class AppWork {
    let inbox = EventInbox()
    /// Reading positions and bookmarks.
    public let store: ReadingStateStore
    private var loading: LibraryLoading?
    /// Index work runs in order on one queue: the update, then the searches waiting for it.
    private let indexQueue = DispatchQueue(label: "leggio.index")
    private let indexBox: IndexBox
    private let options: LibraryOptions
    /// An article already read before the loop started (`leggio FILE` reads it while the
    /// terminal is set up): the first request for its path is answered with it at once.
    private var held: Article?

    /// `options` say how libraries are read (hidden files, the metadata cache's folder);
    /// `indexPath` is the library search index's database.
    public init(store: ReadingStateStore, options: LibraryOptions = LibraryOptions(),
                indexPath: String = LibraryIndex.defaultPath()) {
        self.store = store
        self.options = options
        indexBox = IndexBox(path: indexPath)
    }

    func loadLibrary(_ roots: [String]) {
        loading?.cancel()
        let options = options
        let inbox = inbox
        inbox.begin()
        loading = LibraryLoader.start(roots, options: options) { update in
            inbox.post(.library(.loaded(update)))
            if case .finished = update { inbox.end() }
        }
    }

    /// The path a request names an article read from standard input by (it has no path of
    /// its own); it is never read from the file system.
    public nonisolated static let standardInputPath = "(input)"

    /// Keeps `article`, already read, for the first request to open its path
    /// (`standardInputPath` for an article read from standard input).
    public func hold(_ article: Article) {
        held = article
    }

    /// Reads an article in the background, with its saved position and bookmarks (an article
    /// held for it is answered at once, without a thread). Nothing remembered is looked up
    /// for an `.unremembered` request, and its key stays as given.
    func open(_ request: ArticleRequest) {
        let remembered = request.target != .unremembered
        let saved = remembered ? store.state(for: LibraryScanner.canonicalPath(request.path)) : ArticleReadingState()
        let inbox = inbox
        if let article = held, (article.path ?? Self.standardInputPath) == request.path {
            held = nil
            var request = request
            if remembered { request.key = LibraryScanner.canonicalPath(request.path) }
            inbox.post(.articleOpened(ArticleOpening(request: request, article: article, position: saved.position, bookmarks: saved.bookmarks)))
            return
        }
        inbox.begin()
        DispatchQueue.global(qos: .userInitiated).async {
            inbox.post(Self.read(request, saved: saved))
            inbox.end()
        }
    }

    nonisolated static func read(_ request: ArticleRequest, saved: ArticleReadingState) -> AppMsg {
        var request = request
        request.key = LibraryScanner.canonicalPath(request.path)
        do {
            let article = try ArticleLoader.load(path: request.path)
            return .articleOpened(ArticleOpening(request: request, article: article, position: saved.position, bookmarks: saved.bookmarks))
        } catch {
            return .articleFailed(request: request.id, message: "Cannot open \(request.path): \(error.description)")
        }
    }

    func loadFacts(key: String, flat: FlatArticle) {
        let inbox = inbox
        inbox.begin()
        DispatchQueue.global(qos: .utility).async {
            inbox.post(.factsLoaded(key: key, FactSource.facts(for: flat)))
            inbox.end()
        }
    }

    func updateIndex(roots: [String]) {
        let inbox = inbox, box = indexBox, hidden = options.includeHidden
        inbox.begin()
        indexQueue.async {
            defer { inbox.end() }
            do throws(LibraryIndexError) {
                let canonical = roots.map(LibraryScanner.canonicalPath)
                let scan = LibraryScanner.scan(canonical, includeHidden: hidden)
                func update(_ index: LibraryIndex) throws(LibraryIndexError) {
                    inbox.post(.search(.indexProgress(done: 0, total: scan.files.count)))
                    _ = try index.update(files: scan.files, roots: canonical) { done, total in
                        inbox.post(.search(.indexProgress(done: done, total: total)))
                    }
                    inbox.post(.search(.indexReady(notice: index.notice)))
                }
                do throws(LibraryIndexError) {
                    try update(try box.open())
                } catch where error.isUnwritable {
                    // The disk filled up or the file turned read-only while writing: keep the index in memory.
                    try update(try box.inMemory(because: error))
                }
            } catch {
                inbox.post(.search(.indexFailed("The search index cannot be used: \(error.description)")))
            }
        }
    }

    func search(id: Int, query: SearchQuery, roots: [String]) {
        let inbox = inbox, box = indexBox
        inbox.begin()
        indexQueue.async {
            defer { inbox.end() }
            do throws(LibraryIndexError) {
                let index = try box.open()
                let ranked = try index.search(query, limit: App.searchLimit, under: roots.map(LibraryScanner.canonicalPath))
                // The matched words' places: a hit in the lede is named as the lede.
                let hits = LibraryIndex.locateMatches(ranked, query: query)
                inbox.post(.search(.finished(id: id, hits: hits)))
            } catch {
                inbox.post(.search(.failed(id: id, message: "The search could not run: \(error.description)")))
            }
        }
    }

    /// Saves a reading position; returns a message when it could not be saved.
    func savePosition(key: String, offset: Int, line: Int) -> String? {
        do {
            try store.setPosition(ReadingPosition(offset: offset, line: line, savedAt: Date().timeIntervalSince1970), for: key)
            return nil
        } catch {
            return error.description
        }
    }

    func addBookmark(key: String, offset: Int, line: Int, label: String) -> String? {
        do {
            try store.addBookmark(Bookmark(offset: offset, line: line, label: label, createdAt: Date().timeIntervalSince1970), for: key)
            return nil
        } catch {
            return error.description
        }
    }

    func removeBookmark(key: String, offset: Int) -> String? {
        do {
            try store.removeBookmark(at: offset, for: key)
            return nil
        } catch {
            return error.description
        }
    }
}

/// The search index, opened on first use (on the index queue).
final class IndexBox: Sendable {
    private let path: String
    private let index = Locked<LibraryIndex?>(nil)

    init(path: String) { self.path = path }

    /// A cache that cannot be written (a full disk, a read-only folder) gives an index in
    /// memory, built from the files, with the reason as its notice.
    func open() throws(LibraryIndexError) -> LibraryIndex {
        try index.withLock { (index: inout LibraryIndex?) throws(LibraryIndexError) in
            if let index { return index }
            let opened: LibraryIndex
            do throws(LibraryIndexError) {
                opened = try LibraryIndex(path: path)
            } catch where error.isUnwritable {
                opened = try Self.memoryIndex(because: error)
            }
            index = opened
            return opened
        }
    }

    /// Replaces the index by one in memory, `error` its notice.
    func inMemory(because error: LibraryIndexError) throws(LibraryIndexError) -> LibraryIndex {
        let memory = try Self.memoryIndex(because: error)
        index.withLock { $0 = memory }
        return memory
    }

    static func memoryIndex(because error: LibraryIndexError) throws(LibraryIndexError) -> LibraryIndex {
        try LibraryIndex(inMemoryBecause: error.description + "; the index is kept in memory")
    }
}
