import ArticleKit

/// What the app needs from a reader: where the reader is (to save it), going back there, and
/// landing on a library search hit with the in-article search set to its words.
extension ReaderState {
    /// The reading position as a byte offset in the article's text and its line: the start of
    /// the top row's text (or of the block below a blank top row).
    public var readingOffset: (offset: Int, line: Int)? {
        guard let b = readingBlock else { return nil }
        let span = document.blocks[b].span
        var offset = span.start
        if articleTop < articleLayout.lines.count {
            let line = articleLayout.lines[articleTop]
            if !line.isBlank, Int(line.block) == b { offset = min(max(span.start, span.end - 1), span.start + Int(line.start)) }
        }
        return (offset, article.source.lineNumber(forOffset: offset))
    }

    /// Scrolls so the row holding `offset` is at the top.
    mutating func restore(offset: Int) {
        guard let b = document.blockIndex(containing: offset) else { return }
        let within = max(0, offset - document.blocks[b].span.start)
        articleTop = articleLayout.row(block: b, offset: within)
        highlight = nil
        clampScrolls()
        syncSource()
    }

    /// Opens at a library search hit: the section, every occurrence of the query's words
    /// highlighted, the first one in the section in focus, and `n`/`N` stepping through them.
    mutating func showHit(section: Int, query: String, terms: [String]) {
        goToSection(section)
        if searchIndex == nil { searchIndex = SearchIndex(texts: document.blocks.map(\.text)) }
        var found: [Match] = []
        let words = Set(terms.map { $0.lowercased() }).filter { !$0.isEmpty }.sorted()
        for term in words {
            found += searchIndex!.matches(term)
        }
        found.sort { ($0.block, $0.start, $1.end) < ($1.block, $1.start, $0.end) }
        // Overlapping matches (a word inside a phrase) keep the first, longest one.
        var matches: [Match] = []
        for m in found {
            if let last = matches.last, last.block == m.block, m.start < last.end { continue }
            matches.append(m)
        }
        search = SearchState(query: query, matches: matches, terms: words)
        guard !matches.isEmpty else {
            message = "Section \(section + 1): the words of \"\(query)\" are not in its text"
            return
        }
        let first = section < document.sectionFirstBlock.count ? document.sectionFirstBlock[section] : 0
        goToMatch(matches.firstIndex { $0.block >= first } ?? 0)
    }

    /// A bookmark label: the words at the reading position.
    public var readingLabel: String {
        guard let b = readingBlock else { return "" }
        var words = document.blocks[b].text.split(separator: " ").prefix(8).joined(separator: " ")
        if words.count > 60 { words = String(words.prefix(60)) }
        return words
    }
}
