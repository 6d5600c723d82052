import ArticleKit
import LibraryKit

/// A search hit: a byte range of one block's text.
public struct Match: Hashable, Sendable {
    public var block: Int
    public var start: Int
    public var end: Int

    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }
}

/// The article's blocks folded for search (accents off; lower case for queries without
/// capitals). Built the first time the reader searches, then reused for every keystroke.
public struct SearchIndex: Sendable {
    private var lower: [FoldedText]
    private var cased: [FoldedText]?
    private let texts: [String]

    public init(texts: [String]) {
        self.texts = texts
        lower = texts.map { TextFolding.fold($0, lowercase: true) }
    }

    /// The text an article search looks for: the query as typed, spaces and all, so a phrase
    /// needs no quotes; a quote opening it (and one closing it) is left out, as the library
    /// search reads `"a phrase"` (`QuoteMarks`), so `"hospital funding"` typed there or here
    /// finds the same words. A query of quotes alone is searched as written.
    public static func searchedText(_ query: String) -> String {
        guard let first = query.first, QuoteMarks.opens(first),
              query.contains(where: { !QuoteMarks.opens($0) && !QuoteMarks.closes($0) }) else { return query }
        var text = query.dropFirst()
        if let last = text.last, QuoteMarks.closes(last) { text = text.dropLast() }
        return String(text)
    }

    /// Every match of `query` in reading order: case and accents ignored unless the query has
    /// capitals, in which case case must match (accents are still ignored).
    public mutating func matches(_ query: String) -> [Match] {
        guard !query.isEmpty else { return [] }
        let sensitive = TextFolding.isCaseSensitive(query)
        if sensitive, cased == nil { cased = texts.map { TextFolding.fold($0, lowercase: false) } }
        return Self.find(query, in: sensitive ? cased! : lower, lowercase: !sensitive)
    }

    /// Matches of `query` in one piece of text (used for the visible rows of the source panel).
    public static func matches(_ query: String, inText text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        let sensitive = TextFolding.isCaseSensitive(query)
        let folded = TextFolding.fold(text, lowercase: !sensitive)
        let needle = TextFolding.fold(query, lowercase: !sensitive).bytes
        return TextFolding.occurrences(of: needle, in: folded.bytes).map { folded.originalRange($0, $0 + needle.count) }
    }

    static func find(_ query: String, in folded: [FoldedText], lowercase: Bool) -> [Match] {
        let needle = TextFolding.fold(query, lowercase: lowercase).bytes
        guard !needle.isEmpty else { return [] }
        var out: [Match] = []
        for (b, f) in folded.enumerated() {
            for at in TextFolding.occurrences(of: needle, in: f.bytes) {
                let r = f.originalRange(at, at + needle.count)
                out.append(Match(block: b, start: r.lowerBound, end: r.upperBound))
            }
        }
        return out
    }
}
