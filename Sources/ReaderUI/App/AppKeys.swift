extension KeyMap {
    /// The library list.
    public static let library = KeyMap([
        KeyBinding([.char("j"), .down], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.char(" "), .pageDown, .ctrl("f")], .pageDown),
        KeyBinding([.char("b"), .pageUp, .ctrl("b")], .pageUp),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.enter, .char("l"), .right], .app(.open)),
        KeyBinding([.char("o")], .app(.sort)),
        KeyBinding([.char("/")], .app(.filter)),
        KeyBinding([.escape], .cancel),
        KeyBinding([.char("S")], .app(.librarySearch)),
        KeyBinding([.char("L")], .app(.historyForward)),
        KeyBinding([.char("?"), .function(1)], .help),
        KeyBinding([.ctrl("l")], .redraw),
        KeyBinding([.char("T")], .nextTheme),
        KeyBinding([.char("q"), .char("Q")], .quit),
    ])

    /// Typing a filter in the list (other keys type).
    public static let libraryFilter = KeyMap([
        KeyBinding([.enter], .activate),
        KeyBinding([.backspace, .delete], .lineUp),
        KeyBinding([.down], .lineDown),
        KeyBinding([.escape], .cancel),
    ])

    /// The library search results (the prompt takes typing until Enter).
    public static let librarySearch = KeyMap([
        KeyBinding([.char("j"), .down], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.char(" "), .pageDown], .pageDown),
        KeyBinding([.char("b"), .pageUp], .pageUp),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.enter, .char("l"), .right], .app(.open)),
        KeyBinding([.char("/"), .char("S")], .app(.librarySearch)),
        KeyBinding([.escape, .char("q"), .char("h"), .backspace], .cancel),
        KeyBinding([.char("?"), .function(1)], .help),
        KeyBinding([.ctrl("l")], .redraw),
    ])

    /// Typing a library search query (other keys type).
    public static let librarySearchPrompt = KeyMap([
        KeyBinding([.enter], .activate),
        KeyBinding([.backspace, .delete], .lineUp),
        KeyBinding([.down], .lineDown),
        KeyBinding([.ctrl("u")], .clearLine),
        KeyBinding([.escape], .cancel),
        KeyBinding([.ctrl("l")], .redraw),
    ])

    /// Descriptions for the library search prompt's map.
    static func searchPromptDescription(_ action: Action) -> String {
        switch action {
        case .activate: "search (again: open the selected hit)"
        case .lineUp: "delete the last character"
        case .lineDown: "move into the hits"
        case .clearLine: "clear the query"
        case .cancel: "back to the hits, or close"
        default: action.description
        }
    }

    /// Descriptions for the library map (the reader's wording is about an article).
    static func libraryDescription(_ action: Action) -> String {
        switch action {
        case .lineDown: "next article"
        case .lineUp: "previous article"
        case .pageDown: "next page of the list"
        case .pageUp: "previous page of the list"
        case .top: "first article"
        case .bottom: "last article"
        case .cancel: "clear the filter"
        case .app(.historyForward): "back to the article last read"
        case .quit: "quit"
        default: action.description
        }
    }

    /// Descriptions for the filter map.
    static func filterDescription(_ action: Action) -> String {
        switch action {
        case .activate: "keep the filter, back to the list"
        case .lineUp: "delete the last character"
        case .lineDown: "move into the list"
        case .cancel: "clear the filter"
        default: action.description
        }
    }

    /// Descriptions for the search results map.
    static func searchDescription(_ action: Action) -> String {
        switch action {
        case .lineDown: "next hit"
        case .lineUp: "previous hit"
        case .top: "first hit"
        case .bottom: "last hit"
        case .app(.open): "open the article at the hit"
        case .app(.librarySearch): "edit the query"
        case .cancel: "close the search"
        default: action.description
        }
    }
}
