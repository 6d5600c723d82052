import ArticleKit

/// Finds the exact words a query matched inside a section of an article, ignoring case and
/// accents as the index does, so every hit can be traced to spans in the original text.
public enum MatchLocator {
    /// Spans of the terms' occurrences inside `span` of `article`'s text, in order. Words match
    /// whole (a prefix term only at its start); a phrase matches its words with any spacing.
    public static func spans(of terms: [SearchQuery.Term], in source: SourceText, within span: SourceSpan) -> [SourceSpan] {
        let bytes = source.utf8
        let start = max(0, min(span.start, bytes.count)), end = max(start, min(span.end, bytes.count))
        let folded = bytes[start..<end].withUnsafeBufferPointer { TextFolding.fold($0, lowercase: true, base: start) }
        return ranges(of: terms, in: folded).sorted { $0.lowerBound < $1.lowerBound }
            .map { source.span(start: $0.lowerBound, end: $0.upperBound) }
    }

    /// Spans of the terms' occurrences in the text the article shows inside `span` (its blocks'
    /// texts, each match mapped to its source bytes through the block's map): words in markup,
    /// in what the parser dropped or split by a character reference are matched as shown.
    /// At most `limit` (the first in text order): a block is read in pieces (`TextPieces`)
    /// and reading stops once a piece brings the count to the limit, so a section of 200 MB
    /// holding millions of matches costs what its first matches cost.
    public static func spans(of terms: [SearchQuery.Term], in flat: FlatArticle, within span: SourceSpan,
                             limit: Int = maximum) -> [SourceSpan] {
        let article = flat.article
        var found: [SourceSpan] = []
        for block in flat.blocks where block.span.start < span.end && block.span.end > span.start {
            var text = block.text
            text.withUTF8 { utf8 in
                TextPieces.forEach(utf8) { piece, offset, seen in
                    for r in ranges(of: terms, in: TextFolding.fold(piece, lowercase: true, base: offset)) where r.upperBound > seen {
                        let match = block.span(ofTextRange: r, in: article.source)
                        if span.contains(offset: match.start) { found.append(match) }
                    }
                    return found.count < limit
                }
            }
            if found.count >= limit { break }
        }
        return Array(found.sorted { $0.start < $1.start }.prefix(limit))
    }

    /// Matches located per hit at most (`SearchHit.matches`): the hit's line, its highlight and
    /// its JSON need the first few, and a long section can hold millions.
    public static let maximum = 1_000

    /// Ranges (in the text before folding) of the terms' occurrences in folded text.
    static func ranges(of terms: [SearchQuery.Term], in folded: FoldedText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for term in terms {
            let words = SearchQuery.cleaned(term.text).split(separator: " ").map {
                TextFolding.fold(String($0), lowercase: true).bytes
            }
            guard let first = words.first else { continue }
            var isPrefix = false
            if case .prefix = term { isPrefix = true }
            for at in TextFolding.occurrences(of: first, in: folded.bytes) where isWordStart(folded.bytes, at) {
                var cursor = at + first.count
                var ok = true
                for word in words.dropFirst() {
                    // Skip the separators between the phrase's words.
                    while cursor < folded.bytes.count, !isWordByte(folded.bytes[cursor]) { cursor += 1 }
                    guard folded.bytes[cursor...].starts(with: word) else { ok = false; break }
                    cursor += word.count
                }
                guard ok else { continue }
                if isPrefix {
                    // The span covers the whole word the prefix began.
                    while cursor < folded.bytes.count, isWordByte(folded.bytes[cursor]) { cursor += 1 }
                } else if !isWordEnd(folded.bytes, cursor) {
                    continue
                }
                found.append(folded.originalRange(at, cursor))
            }
        }
        return found
    }

    /// The part of the opening a section-0 hit is in: the lede when its first match outside
    /// the title is there (the snippet shows the text, not the title), the title when every
    /// match is in the title, nil when the words are in the section's own text.
    static func opening(of matches: [SourceSpan], in article: Article) -> SearchHit.Opening? {
        let inTitle = { (m: SourceSpan) in article.title?.span.contains(offset: m.start) == true }
        guard let first = matches.first(where: { !inTitle($0) }) else { return matches.isEmpty ? nil : .title }
        return article.lede?.span.contains(offset: first.start) == true ? .lede : nil
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    static func isWordStart(_ bytes: [UInt8], _ i: Int) -> Bool { i == 0 || !isWordByte(bytes[i - 1]) }

    static func isWordEnd(_ bytes: [UInt8], _ i: Int) -> Bool { i >= bytes.count || !isWordByte(bytes[i]) }
}

extension LibraryIndex {
    /// Fills each hit's `matches` by parsing its article again and finding the words in the
    /// text its blocks show, mapped to the source through their maps (hits whose file can no
    /// longer be read keep none), and for section 0, whose row also holds the title and the
    /// lede, its `opening`.
    public static func locateMatches(_ hits: [SearchHit], query: SearchQuery) -> [SearchHit] {
        var articles: [String: Article?] = [:]
        return hits.map { hit in
            var hit = hit
            let article: Article?
            if let known = articles[hit.path] {
                article = known
            } else {
                article = try? ArticleLoader.load(path: hit.path)
                articles[hit.path] = .some(article)
            }
            guard let article else { return hit }
            hit.matches = MatchLocator.spans(of: query.highlightTerms, in: FlatArticle(article), within: hit.sectionSpan)
            if hit.section == 0 { hit.opening = MatchLocator.opening(of: hit.matches, in: article) }
            let inTitle = { (m: SourceSpan) in article.title?.span.contains(offset: m.start) == true }
            hit.line = (hit.opening == .lede ? hit.matches.first { !inTitle($0) } : hit.matches.first)?.firstLine
            return hit
        }
    }
}
