/// Keys bound to an action.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action

    public init(_ keys: [Key], _ action: Action) {
        self.keys = keys
        self.action = action
    }
}

/// The key map: what input handling looks up and what the help overlay lists, so the two
/// cannot disagree.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        for b in bindings where b.keys.contains(key) { return b.action }
        return nil
    }

    /// Bindings in reading mode (less and vim habits).
    public static let reading = KeyMap([
        KeyBinding([.char("j"), .down], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.char(" "), .pageDown, .ctrl("f")], .pageDown),
        KeyBinding([.char("b"), .pageUp, .ctrl("b")], .pageUp),
        KeyBinding([.char("d"), .ctrl("d")], .halfPageDown),
        KeyBinding([.char("u"), .ctrl("u")], .halfPageUp),
        KeyBinding([.char("g"), .home, .char("<")], .top),
        KeyBinding([.char("G"), .end, .char(">")], .bottom),
        KeyBinding([.left], .tableLeft),
        KeyBinding([.right], .tableRight),
        KeyBinding([.char("]")], .nextSection),
        KeyBinding([.char("[")], .previousSection),
    ] + (1...9).map { KeyBinding([.char(Character(String($0)))], .section($0)) } + [
        KeyBinding([.char("t")], .tableOfContents),
        KeyBinding([.char("/")], .search),
        KeyBinding([.char("n")], .nextMatch),
        KeyBinding([.char("N")], .previousMatch),
        KeyBinding([.enter], .activate),
        KeyBinding([.char("f")], .toggleFacts),
        KeyBinding([.char("s")], .toggleSource),
        KeyBinding([.tab], .focusNext),
        KeyBinding([.backTab], .focusPrevious),
        KeyBinding([.escape], .cancel),
        KeyBinding([.char("?"), .function(1)], .help),
        KeyBinding([.ctrl("l")], .redraw),
        KeyBinding([.char("T")], .nextTheme),
        KeyBinding([.char("h"), .backspace], .app(.backToList)),
        KeyBinding([.char("H")], .app(.historyBack)),
        KeyBinding([.char("L")], .app(.historyForward)),
        KeyBinding([.char("S")], .app(.librarySearch)),
        KeyBinding([.char("m")], .app(.bookmark)),
        KeyBinding([.char("'")], .app(.bookmarks)),
        KeyBinding([.char("q"), .char("Q")], .quit),
    ])

    /// Bindings while the table of contents is open.
    public static let tableOfContents = KeyMap([
        KeyBinding([.char("j"), .down], .lineDown),
        KeyBinding([.char("k"), .up], .lineUp),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.enter], .activate),
        KeyBinding([.escape, .char("t"), .char("q")], .cancel),
    ])

    /// Bindings while the search prompt is open (other keys type into the query).
    public static let prompt = KeyMap([
        KeyBinding([.enter], .activate),
        KeyBinding([.backspace, .delete], .lineUp),
        KeyBinding([.escape], .cancel),
    ])

    /// Descriptions for the prompt map.
    public static func promptDescription(_ action: Action) -> String {
        switch action {
        case .activate: "go to the first match"
        case .lineUp: "delete the last character"
        case .cancel: "cancel the search"
        default: action.description
        }
    }

    /// Descriptions for the table-of-contents map (the actions mean something else there).
    public static func tocDescription(_ action: Action) -> String {
        switch action {
        case .lineDown: "next entry"
        case .lineUp: "previous entry"
        case .top: "first entry"
        case .bottom: "last entry"
        case .activate: "jump to the section"
        case .cancel: "close"
        default: action.description
        }
    }
}
