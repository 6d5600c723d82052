import ArticleKit

/// The reader's logic as pure functions: `start` opens an article, `update` turns a message
/// into the next state plus commands for its owner (the app, or a test), `render` draws a
/// state into a `Screen`.
public enum Reader: Component {
    /// The state for a newly opened article and the work to start (fact extraction).
    public static func start(document: ReaderDocument, size: Size) -> (ReaderState, [ReaderCmd]) {
        var s = ReaderState(document: document, size: size)
        s.refit()
        s.syncSource()
        return (s, [.loadFacts])
    }

    public static func update(_ state: ReaderState, _ msg: ReaderMsg) -> (ReaderState, [ReaderCmd]) {
        var s = state
        var cmds: [ReaderCmd] = []
        switch msg {
        case .resize(let size):
            s.message = nil
            s.resize(to: size)
        case .factsLoaded(let facts):
            s.loadFacts(facts)
        case .goTo(let offset):
            s.restore(offset: offset)
        case .showHit(let section, let query, let terms):
            s.showHit(section: section, query: query, terms: terms)
        case .say(let message):
            s.message = message
        case .mouse(let m):
            s.message = nil
            s.heldAnchor = nil
            s.handleMouse(m)
        case .key(let key):
            var action: Action?
            if case .reading = s.mode {
                action = KeyMap.reading.action(for: key)
                // The app's keys go up untouched: the app acts on them (history, bookmarks, quit).
                if case .app(let a)? = action { return (state, [.app(a)]) }
                if action == .quit { return (state, [key == .char("q") ? .leave : .quit]) }
            }
            s.message = nil
            s.heldAnchor = nil
            switch s.mode {
            case .reading:
                if let action { s.perform(action, &cmds) }
            case .searchPrompt: s.handlePrompt(key)
            case .tableOfContents(let c): s.contents(.key(key), c)
            case .help(let h): s.help(.key(key), h)
            }
        }
        return (s, cmds)
    }

    /// Draws `state`; `overlay` is an overlay the app drew over it (the bookmark list), named
    /// with its keys in the status line instead of the reader's own mode.
    public static func render(_ state: ReaderState, overlay: OverlayMode? = nil) -> Screen {
        Renderer.render(state, overlay: overlay)
    }
}
