import ArgumentParser
import ArticleKit
import Foundation
import LibraryKit

/// An article being read on another thread (from a file or standard input), started at once. `article()` waits for it; a
/// file that cannot be read is reported (on one line, as `loadOrExit` does) and exits with 1.
/// `openStore()` then opens the reading-state store on the same thread, once the article has
/// been read (never when it could not be), while the reader gets the terminal ready.
final class ArticleLoading: Sendable {
    /// Reading the article, then opening the store, one after the other on one thread.
    private let queue = DispatchQueue(label: "leggio.opening", qos: .userInteractive)
    private let read = Future<Result<Article, ArticleError>>()
    private let opened = Future<ReadingStateStore?>()
    /// The file, or nil for standard input (`cat FILE | leggio`).
    let path: String?

    /// Starts reading the file at `path`, or standard input when `path` is nil.
    init(path: String?) {
        self.path = path
        let read = read
        queue.async {
            read.fulfill(Result { () throws(ArticleError) in
                if let path { try ArticleLoader.load(path: path) } else { try ArticleLoader.loadStandardInput() }
            })
        }
    }

    func article() throws -> Article {
        switch read.value {
        case .success(let article):
            return article
        case .failure(let error):
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// Whether the file has been read (or found unreadable), waiting at most `seconds`.
    func isRead(waiting seconds: Double) -> Bool { read.isDelivered(waiting: seconds) }

    /// Whether the file could not be read (waits until it is known).
    var failed: Bool {
        if case .failure = read.value { return true }
        return false
    }

    /// Starts opening the reading-state store after the article (call once).
    func openStore() {
        let read = read, opened = opened
        queue.async {
            // The article was read before this job ran (same serial queue).
            if case .success = read.value { opened.fulfill(ReadingStateStore()) } else { opened.fulfill(nil) }
        }
    }

    /// The store `openStore()` opened (a fresh one if the article could not be read).
    func store() -> ReadingStateStore {
        opened.value ?? ReadingStateStore()
    }
}
