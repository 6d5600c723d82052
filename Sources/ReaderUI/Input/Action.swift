/// What a key does, in words the help overlay shows.
public enum Action: Hashable, Sendable {
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case tableLeft, tableRight
    case nextSection, previousSection
    case section(Int)
    case tableOfContents
    case search
    case nextMatch, previousMatch
    case help
    case toggleFacts, toggleSource
    case focusNext, focusPrevious
    case activate
    case cancel
    /// Delete the selected item (a bookmark in the bookmark list).
    case delete
    /// Clear the line being typed (a query).
    case clearLine
    case redraw
    case nextTheme
    /// Keys of the app around the reader (library, history, bookmarks): see `AppAction`.
    case app(AppAction)
    case quit

    public var description: String {
        switch self {
        case .lineDown: "down a line (facts: next fact)"
        case .lineUp: "up a line (facts: previous fact)"
        case .pageDown: "next page"
        case .pageUp: "previous page"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .top: "start of the article"
        case .bottom: "end of the article"
        case .tableLeft: "scroll the wide table in view left"
        case .tableRight: "scroll the wide table in view right"
        case .nextSection: "next section"
        case .previousSection: "previous section"
        case .section(let n): "section \(n)"
        case .tableOfContents: "table of contents"
        case .search: "search in the article"
        case .nextMatch: "next match"
        case .previousMatch: "previous match"
        case .help: "this help"
        case .toggleFacts: "show or hide the facts"
        case .toggleSource: "show or hide the source"
        case .focusNext: "focus the next pane"
        case .focusPrevious: "focus the previous pane"
        case .activate: "facts: go to the fact's next mention"
        case .cancel: "clear the search highlight"
        case .delete: "delete"
        case .clearLine: "clear the line"
        case .redraw: "redraw the screen"
        case .nextTheme: "next colour theme"
        case .app(let action): action.description
        case .quit: "quit (in a library, q goes back to the list and Q quits)"
        }
    }
}
