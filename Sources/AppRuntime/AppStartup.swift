import ArticleKit
import Foundation
import LibraryKit
import ReaderUI

/// The first state and commands of a session, before the run loop takes over: the library
/// list (`leggio DIR`), or one article (`leggio FILE`). Both go through the loop's commands
/// like any later step: the article is opened by `.openArticle`.
public enum AppStartup {
    /// `leggio FILE`: the article at `path` opens at its saved position (hold the article in
    /// `AppWork` when it has been read already, and it opens without waiting); its folder is
    /// listed only on the first `h`, and `q` quits. `notice` is said over the article.
    public static func reading(path: String, size: Size, themes: ThemeCycle, notice: String?) -> (AppState, [AppCmd]) {
        let key = LibraryScanner.canonicalPath(path)
        let folder = (path as NSString).deletingLastPathComponent
        let root = folder.isEmpty ? "." : folder
        var (state, _) = App.start(roots: [root], rootsLabel: root, size: size, samplePath: nil)
        state.libraryDeferred = true
        state.startedInReader = true
        state.themes = themes
        state.startNotice = notice
        return App.open(state, path: path, key: key)
    }

    /// `cat FILE | leggio`: the article read from standard input (held in `AppWork` under
    /// `standardInputPath`) opens at its start; nothing is saved for it, there is no library
    /// around it, and `q` quits.
    public static func standardInput(size: Size, themes: ThemeCycle, notice: String?) -> (AppState, [AppCmd]) {
        var (state, _) = App.start(roots: [], rootsLabel: FileReader.standardInputName, size: size, samplePath: nil)
        state.startedInReader = true
        state.readsStandardInput = true
        state.themes = themes
        state.startNotice = notice
        return App.open(state, path: AppWork.standardInputPath, key: AppWork.standardInputPath, target: .unremembered)
    }

    /// `leggio DIR` or `leggio FILE...`: the library list on `roots`, loading at once.
    /// `sampleNotice` is set when `roots` are the sample library shown instead of a folder
    /// without articles; `samplePath` is shown instead if `roots` turn out empty. `lastRead`
    /// (the key of the article read last, `ReadingStateStore.lastRead`) is selected when it
    /// is listed.
    public static func library(roots: [String], label: String, size: Size, samplePath: String?,
                               themes: ThemeCycle, sampleNotice: String?, notice: String?,
                               lastRead: String? = nil) -> (AppState, [AppCmd]) {
        var (state, commands) = App.start(roots: roots, rootsLabel: label, size: size, samplePath: samplePath)
        if let lastRead {
            let (s, more) = App.update(state, .library(.prefer(key: lastRead)))
            state = s
            commands += more
        }
        state.themes = themes
        state.usingSamples = sampleNotice != nil
        state.library.notice = sampleNotice ?? notice
        return (state, commands)
    }
}
