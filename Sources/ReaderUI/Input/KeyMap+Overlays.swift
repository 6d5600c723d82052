extension KeyMap {
    /// Bindings while a help overlay is open (in an article, the library or its search).
    public static let help = KeyMap([
        KeyBinding([.char("j"), .down, .enter], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.char(" "), .pageDown], .pageDown),
        KeyBinding([.char("b"), .pageUp], .pageUp),
        KeyBinding([.char("d")], .halfPageDown),
        KeyBinding([.char("u")], .halfPageUp),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.char("q"), .escape, .char("?"), .function(1)], .cancel),
    ])

    /// Descriptions for the help's own map.
    public static func helpDescription(_ action: Action) -> String {
        switch action {
        case .lineDown: "down a line"
        case .lineUp: "up a line"
        case .top: "first line of the help"
        case .bottom: "last line of the help"
        case .cancel: "close the help"
        default: action.description
        }
    }

    /// Bindings while an article's bookmark list (`'`) is open.
    public static let bookmarks = KeyMap([
        KeyBinding([.char("j"), .down], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.enter], .activate),
        KeyBinding([.char("d"), .delete], .delete),
        KeyBinding([.escape, .char("q"), .char("'")], .cancel),
    ])

    /// Descriptions for the bookmark list's map.
    public static func bookmarkDescription(_ action: Action) -> String {
        switch action {
        case .lineDown: "next bookmark"
        case .lineUp: "previous bookmark"
        case .activate: "go to the bookmark"
        case .delete: "delete the bookmark"
        case .cancel: "close the list"
        default: action.description
        }
    }
}
