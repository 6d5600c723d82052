import LibraryKit

/// The library search as the reader sees it: the query being typed, the ranked hits of the
/// last search and the selected one, and where the index is (updating, ready). Searches run
/// in the run loop; each carries an id so a late answer to an older query is ignored.
public struct LibrarySearchState: Sendable {
    public var prompt = ""
    /// True while the query is being typed (keys go into it).
    public var isEditing = true
    /// The query the hits answer, as typed.
    public var shownQuery: String?
    public var hits: [SearchHit] = []
    public var selected = 0
    public var top = 0
    /// The search waiting for its results.
    public var pending: Int?
    public var lastID = 0
    /// Why the query could not be run (a query error or an index problem), for the status row.
    public var error: String?
    /// How the query was read when part of it was odd (a quote left open).
    public var note: String?
    /// Index update progress while the index is being brought up to date.
    public var indexDone = 0
    public var indexTotal = 0
    public var indexState: IndexState = .notStarted
    public var size: Size
    /// The help overlay, while it is open.
    public var help: HelpState?

    /// Where the search index is.
    public enum IndexState: Hashable, Sendable {
        case notStarted, updating, ready, failed(String)
    }

    public init(size: Size) {
        self.size = size
    }

    /// Rows each hit takes: its title and heading, two rows of snippet, and a blank row that
    /// keeps it apart from the next hit (a snippet wrapped to two rows used to run into it).
    public static let rowsPerHit = 4
    /// Rows of snippet under a hit's title.
    public static let snippetRows = rowsPerHit - 2

    /// Hits that fit between the prompt and the path row.
    public var visibleHits: Int { max(1, (size.height - 4) / Self.rowsPerHit) }

    public var selectedHit: SearchHit? { hits.indices.contains(selected) ? hits[selected] : nil }

    mutating func clamp() {
        selected = max(0, min(selected, hits.count - 1))
        top = ListWindow.top(top, selected: selected, count: hits.count, visible: visibleHits)
    }
}
