import ArticleKit
import LibraryKit

/// The whole program's logic as pure functions: `start` opens a library, `update` turns a
/// message into the next state plus commands for the run loop, `render` draws a state. The
/// library list, its search, the reader and the bookmark list are components of their own;
/// the app routes input to the one on screen, wraps their messages, turns their commands
/// into its own, and moves between them (opening articles, going back, history).
public enum App: Component {
    /// Most hits a library search asks for.
    public static let searchLimit = 50

    /// The state for a library opened from `roots`, and the loading to start.
    public static func start(roots: [String], rootsLabel: String, size: Size, samplePath: String? = nil) -> (AppState, [AppCmd]) {
        let s = AppState(size: size, roots: roots, rootsLabel: rootsLabel, samplePath: samplePath)
        return (s, [.loadLibrary(roots)])
    }

    /// Asks for an article to be opened (answered by `.articleOpened` or `.articleFailed`).
    public static func open(_ state: AppState, path: String, key: String, title: String? = nil,
                            target: ArticleRequest.Target = .saved) -> (AppState, [AppCmd]) {
        var s = state
        s.lastRequestID += 1
        let request = ArticleRequest(id: s.lastRequestID, path: path, key: key, target: target)
        s.opening = request
        s.openingTitle = title ?? String(path.split(separator: "/").last ?? Substring(path))
        return (s, [.openArticle(request)])
    }

    public static func update(_ state: AppState, _ msg: AppMsg) -> (AppState, [AppCmd]) {
        var s = state
        var cmds: [AppCmd] = []
        switch msg {
        case .input(let event):
            s.route(event, &cmds)
        case .library(let m):
            s.send(m, &cmds)
            if case .loaded(let update) = m { s.libraryLoaded(update, &cmds) }
        case .search(let m):
            s.send(m, &cmds)
        case .reader(let m):
            s.send(m, &cmds)
        case .bookmarks(let m):
            s.send(m, &cmds)
        case .articleOpened(let opening):
            guard opening.request.id == s.opening?.id else { break }
            s.showOpened(opening, &cmds)
        case .articleFailed(let id, let message):
            guard id == s.opening?.id else { break }
            s.opening = nil
            s.openingTitle = nil
            s.pendingHistoryIndex = nil
            s.say(message)
        case .factsLoaded(let key, let facts):
            guard key == s.readerKey else { break }
            s.send(ReaderMsg.factsLoaded(facts), &cmds)
        case .say(let message):
            s.say(message)
        }
        return (s, cmds)
    }

    public static func render(_ state: AppState) -> Screen {
        switch state.view {
        case .library:
            return LibraryRenderer.render(state.library, opening: state.openingTitle)
        case .search:
            return SearchResultsRenderer.render(state.search, rootsLabel: state.library.rootsLabel, opening: state.openingTitle)
        case .reader:
            guard let reader = state.reader else { return LibraryRenderer.render(state.library, opening: state.openingTitle) }
            let list = state.bookmarks
            var screen = Reader.render(reader, overlay: list.isOpen ? BookmarkOverlay.mode : nil)
            if list.isOpen { screen.cursor = BookmarkOverlay.draw(list, size: state.size, into: &screen) }
            return screen
        }
    }
}
