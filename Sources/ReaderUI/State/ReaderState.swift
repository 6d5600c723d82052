import ArticleKit

/// The panes of the reader.
public enum Pane: Int, CaseIterable, Sendable {
    case article, source, facts

    public var title: String {
        switch self {
        case .article: "Article"
        case .source: "Source"
        case .facts: "Facts"
        }
    }

    /// The tab labels from longest to shortest: a narrow tab row takes the first that fits
    /// every tab, so no tab is dropped.
    public var tabLabels: [String] {
        switch self {
        case .article: ["Article", "Art", "A"]
        case .source: ["Source", "Src", "S"]
        case .facts: ["Facts", "Facts", "F"]
        }
    }
}

/// What the keyboard is talking to: the article, the search prompt, or an overlay with its
/// own state.
public enum Mode: Hashable, Sendable {
    case reading
    case searchPrompt
    case tableOfContents(ContentsState)
    case help(HelpState)
}

/// A search that has been typed: the query, its matches and the one in focus.
public struct SearchState: Sendable {
    public var query: String
    public var matches: [Match]
    /// Index into `matches` of the current match, once the reader has gone to one.
    public var current: Int?
    /// What is looked for in text no block shows (the source panel's dropped lines): the query
    /// as typed in the article, a library search's words when opened from one of its hits.
    public var terms: [String]

    public init(query: String, matches: [Match], current: Int? = nil, terms: [String]? = nil) {
        self.query = query
        self.matches = matches
        self.current = current
        self.terms = terms ?? [query]
    }
}

/// Something the reader's attention was sent to: a search hit or a fact's mention. It is
/// highlighted in the article and its span in the source panel.
public struct Highlight: Sendable, Hashable {
    public enum Kind: Hashable, Sendable {
        case match
        /// A mention of the fact at this index of `FactsSidebar.items`.
        case fact(Int)
    }

    public var kind: Kind
    /// Block and byte range in the article, when the words were found there.
    public var block: Int?
    public var range: Range<Int>?
    /// The span shown in the source panel.
    public var span: SourceSpan
}

/// Everything the reader shows, as a value. `Reader.update` makes the next one from a message;
/// `Reader.render` draws it.
public struct ReaderState: Sendable {
    public let document: ReaderDocument
    /// The facts sidebar: the facts once extracted, its scroll and selection.
    public var facts = FactsSidebar()
    public var size: Size
    public var geometry: Geometry
    public var showFacts = true
    public var showSource = true
    public var focus: Pane = .article
    /// The pane a jump brought the article forward from (Enter on a fact below 80 columns):
    /// Esc or Tab goes back to it.
    public var returnFocus: Pane?
    public var mode: Mode = .reading

    public var articleTop = 0
    /// The reading position a resize could not keep at the top (a taller pane near the end
    /// shows the last page instead): the next resize goes back to it, and it names the
    /// section, until the reader moves.
    public var heldAnchor: TextAnchor?
    /// The wide table scrolled sideways, if any.
    public var tableShift: TableShift?
    /// The source panel: the original text wrapped to its width, and its scroll.
    public var sourcePanel: SourcePanel

    /// The query being typed at the prompt.
    public var prompt = ""
    /// Articles with more text than this (bytes) are searched when Enter is pressed, not at
    /// every key typed: a search reads all of it (50 MB took half a second a key, typed
    /// keys queuing behind it).
    public var searchAsYouTypeLimit = 4 << 20
    public var search: SearchState?
    public var searchIndex: SearchIndex?
    public var highlight: Highlight?
    /// A one-off line for the status bar ("Pattern not found").
    public var message: String?

    /// The article wrapped to the article pane's text width.
    public var articleLayout: ArticleLayout { articleLayouts.current }
    /// That layout, and those already made for other widths (toggling panes back is instant).
    var articleLayouts: LayoutsByWidth<ArticleLayout>

    public init(document: ReaderDocument, size: Size) {
        self.document = document
        self.size = size
        let g = Geometry(size: size, showFacts: true, showSource: true, focus: .article)
        geometry = g
        articleLayouts = LayoutsByWidth(ArticleLayout(document: document, width: g.articleTextWidth))
        sourcePanel = SourcePanel(article: document.article, width: g.sourceWidth)
    }

    public var article: Article { document.article }

    /// True when the prompt finds matches as the reader types (see `searchAsYouTypeLimit`).
    public var searchesAsYouType: Bool { document.textBytes <= searchAsYouTypeLimit }

    /// Rows of the article pane's text area.
    public var articleRows: Int { geometry.content(.article)?.height ?? 0 }
    public var sourceRows: Int { geometry.content(.source)?.height ?? 0 }
    public var factRows: Int { geometry.content(.facts)?.height ?? 0 }

    /// The block at the top of the article view: the reading position.
    public var readingBlock: Int? { articleLayout.block(atOrAfter: articleTop) }

    /// The section being read (0-based).
    public var currentSection: Int {
        guard !articleLayout.lines.isEmpty else { return 0 }
        // A jump's target (a match, a fact's mention) names the section while it is in view:
        // near the end of an article the view cannot bring it to the top.
        if let b = highlight?.block, b < document.blockSection.count { return document.blockSection[b] }
        if let held = heldAnchor, held.block < document.blockSection.count { return document.blockSection[held.block] }
        if let b = readingBlock, articleTop == 0 || articleLayout.lines[articleTop].isBlank {
            return document.blockSection[b]
        }
        return articleLayout.section(atRow: articleTop)
    }

    /// The span the source panel highlights: the highlight's, or the reading block's.
    public var focusSpan: SourceSpan? {
        if let h = highlight { return h.span }
        guard let b = readingBlock else { return nil }
        return document.blocks[b].span
    }

    /// Position in the article, 0–100.
    public var percent: Int {
        let total = articleLayout.lines.count
        guard total > 0 else { return 100 }
        // In the narrow arrangement the article may be hidden: count the rows it would have.
        let rows = articleRows > 0 ? articleRows : max(1, size.height - 2)
        let seen = min(total, articleTop + rows)
        return seen * 100 / total
    }
}
