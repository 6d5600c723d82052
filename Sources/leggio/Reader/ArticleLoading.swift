import ArgumentParser
import ArticleKit
import Foundation
import LibraryKit

/// An article being read on another thread, started at once. `article()` waits for it; a
/// file that cannot be read is reported (on one line, as `loadOrExit` does) and exits with 1.
/// `openStore()` then opens the reading-state store on the same thread, once the article has
/// been read (never when it could not be), while the reader gets the terminal ready.
final class ArticleLoading: @unchecked Sendable {
    private let queue = DispatchQueue(label: "leggio.opening", qos: .userInteractive)
    private let read = DispatchSemaphore(value: 0)
    private let opened = DispatchSemaphore(value: 0)
    private var result: Result<Article, ArticleError>?
    private var openedStore: ReadingStateStore?
    let path: String

    init(path: String) {
        self.path = path
        queue.async { [self] in
            do throws(ArticleError) {
                result = .success(try ArticleLoader.load(path: path))
            } catch {
                result = .failure(error)
            }
            read.signal()
        }
    }

    func article() throws -> Article {
        read.wait()
        read.signal()  // for a second call; the result was written before the first signal
        switch result! {
        case .success(let article):
            return article
        case .failure(let error):
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// Starts opening the reading-state store after the article (call once).
    func openStore() {
        queue.async { [self] in
            if case .success? = result { openedStore = ReadingStateStore() }
            opened.signal()
        }
    }

    /// The store `openStore()` opened (a fresh one if the article could not be read).
    func store() -> ReadingStateStore {
        opened.wait()
        opened.signal()
        return openedStore ?? ReadingStateStore()
    }
}
