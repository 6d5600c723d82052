import ArticleKit

/// One ranked result of a library search: a section of an article, with a snippet.
public struct SearchHit: Hashable, Sendable {
    public var path: String
    public var title: String
    /// Index of the section (0-based, as in `Article.sections`).
    public var section: Int
    /// The section's heading; nil for the untitled opening section.
    public var heading: String?
    /// Words around the matches; each match is wrapped in `SearchHit.markStart`/`markEnd`.
    public var snippet: String
    /// BM25 score, larger is better.
    public var score: Double
    /// The section's span in the article's decoded text.
    public var sectionSpan: SourceSpan
    /// Where the matched words are in the article's decoded text; filled by `MatchLocator`.
    public var matches: [SourceSpan] = []
    /// The title or the lede, when the matched words shown are there (they are indexed with
    /// section 0, under its heading); filled by `MatchLocator`.
    public var opening: Opening?
    /// The line of the first matched word the snippet shows: past the title when the hit is
    /// labelled the lede (its snippet is the lede's words); filled by `MatchLocator`.
    public var line: Int?

    /// The parts of an article before its first section.
    public enum Opening: String, Hashable, Sendable {
        case title, lede
    }

    /// Where the hit is, in words: "(lede)" or "(title)" for a match there, else the heading.
    public var placeName: String? { opening.map { "(\($0.rawValue))" } ?? heading }

    /// Marks placed around matched words in `snippet`.
    public static let markStart = "\u{1}"
    public static let markEnd = "\u{2}"

    /// The snippet split into plain and matched runs, for display.
    public var snippetRuns: [(text: String, matched: Bool)] {
        var runs: [(String, Bool)] = []
        var rest = Substring(snippet)
        while let open = rest.firstIndex(of: "\u{1}") {
            if open > rest.startIndex { runs.append((String(rest[..<open]), false)) }
            let afterOpen = rest.index(after: open)
            let close = rest[afterOpen...].firstIndex(of: "\u{2}") ?? rest.endIndex
            runs.append((String(rest[afterOpen..<close]), true))
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
        }
        if !rest.isEmpty { runs.append((String(rest), false)) }
        return runs
    }
}

/// What an index update did.
public struct IndexUpdate: Hashable, Sendable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Files that could not be read or parsed, with the reason.
    public var failed: [String: String] = [:]

    /// True when the update added, changed or removed anything a search could find (a file
    /// that fails again, and was not in the index, changes nothing).
    public var changedIndex: Bool { added + changed + removed > 0 }
}
