import ArticleKit

/// Everything the reader takes: terminal input routed to it, the facts once extracted, and
/// what its owner asks of it (go to a saved position, land on a library search hit, show a
/// line in the status bar).
public enum ReaderMsg: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// The open article's facts were extracted.
    case factsLoaded(Facts)
    /// Scroll so the row holding this byte offset of the article's text is at the top.
    case goTo(offset: Int)
    /// Land on a library search hit: the section, the query's words highlighted.
    case showHit(section: Int, query: String, terms: [String])
    /// A one-off line for the status bar (nil clears it).
    case say(String?)
}

/// What the reader asks of its owner: it never performs work itself.
public enum ReaderCmd: Hashable, Sendable {
    /// Extract the facts of the open article and send `.factsLoaded`.
    case loadFacts
    /// Repaint every cell (the terminal may have been drawn over).
    case fullRedraw
    /// Step to the next colour theme (`T`).
    case nextTheme
    /// A key of the app around the reader (library, history, bookmarks).
    case app(AppAction)
    /// `q`: leave the article (back to the library, or quit when there is none).
    case leave
    /// `Q`: quit.
    case quit
}
