import ArticleKit
import Foundation
import LibraryKit
import ReaderUI

/// The first state and effects of a session, before the run loop takes over: the library
/// list (`leggio DIR`), or one article already read (`leggio FILE`), shown at once.
public enum AppStartup {
    /// `leggio FILE`: `article` (read while the terminal was being set up) opens at its saved
    /// position; its folder is listed only on the first `h`, and `q` quits. The open goes
    /// straight to `.articleOpened` instead of through `AppWork`, as the article is already
    /// in hand; the effects returned are the reader's (fact extraction).
    public static func reading(_ article: Article, size: Size, store: ReadingStateStore,
                               themes: ThemeCycle, notice: String?) -> (AppState, [AppEffect]) {
        let path = article.path ?? "(input)"
        let key = LibraryScanner.canonicalPath(path)
        let folder = (path as NSString).deletingLastPathComponent
        let root = folder.isEmpty ? "." : folder
        var (state, _) = App.start(roots: [root], rootsLabel: root, size: size, samplePath: nil)
        state.libraryDeferred = true
        state.startedInReader = true
        state.themes = themes
        var effects: [AppEffect] = []
        var opened: [AppEffect]
        (state, opened) = App.open(state, path: path, key: key)
        if case .openArticle(let request)? = opened.first {
            let saved = store.state(for: key)
            let opening = ArticleOpening(request: request, article: article, position: saved.position, bookmarks: saved.bookmarks)
            (state, opened) = App.update(state, .articleOpened(opening))
            effects += opened
        }
        if let n = notice ?? store.notices.last { state.say(n) }
        return (state, effects)
    }

    /// `leggio DIR` or `leggio FILE...`: the library list on `roots`, loading at once.
    /// `sampleNotice` is set when `roots` are the sample library shown instead of a folder
    /// without articles; `samplePath` is shown instead if `roots` turn out empty.
    public static func library(roots: [String], label: String, size: Size, samplePath: String?,
                               themes: ThemeCycle, sampleNotice: String?, notice: String?) -> (AppState, [AppEffect]) {
        var (state, effects) = App.start(roots: roots, rootsLabel: label, size: size, samplePath: samplePath)
        state.themes = themes
        state.usingSamples = sampleNotice != nil
        state.library.notice = sampleNotice ?? notice
        return (state, effects)
    }
}
