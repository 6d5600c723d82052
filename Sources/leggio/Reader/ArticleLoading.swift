import ArgumentParser
import ArticleKit
import Foundation

/// An article being read on another thread, started at once. `article()` waits for it; a
/// file that cannot be read is reported (on one line, as `loadOrExit` does) and exits with 1.
final class ArticleLoading: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Article, ArticleError>?
    let path: String

    init(path: String) {
        self.path = path
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            do throws(ArticleError) {
                result = .success(try ArticleLoader.load(path: path))
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    func article() throws -> Article {
        done.wait()
        done.signal()  // for a second call; the result was written before the first signal
        switch result! {
        case .success(let article):
            return article
        case .failure(let error):
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
