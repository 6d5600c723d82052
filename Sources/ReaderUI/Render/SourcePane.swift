import ArticleKit

/// The original text with line numbers. The focus span (reading paragraph, fact mention or
/// search hit's paragraph) is highlighted; search hits too; dropped blocks are dimmed under a
/// label giving the reason. Holds only what it draws; the renderer cuts it from the reader's
/// state.
struct SourcePane {
    /// The article (its source text and dropped blocks) and its blocks' text maps.
    var document: ReaderDocument
    var layout: SourceLayout
    /// The first row of `layout` shown.
    var top: Int
    /// The span highlighted and kept in view.
    var focus: SourceSpan?
    var search: SearchState?
    /// Whether the pane has a title row (not under a tab row).
    var titled: Bool
    var focused: Bool

    var article: Article { document.article }

    /// Draws the pane into `rect` and returns the cursor position.
    func draw(in rect: Rect, into screen: inout Screen) -> Point {
        let source = article.source
        var content = rect
        if titled {
            content = rect.droppingTop(1)
            var title = "Source"
            if let (first, last) = titleLines(rows: content.height) {
                title += first == last ? " · line \(first)" : " · lines \(first)–\(last)"
            }
            title += " of \(source.lineCount)"
            if !article.dropped.isEmpty { title += " · \(article.dropped.count) dropped" }
            Renderer.drawTitle(title, in: rect, focused: focused, into: &screen)
        }
        let gutter = layout.gutter
        var cursor = Point(x: content.x, y: content.y)
        var cursorSet = false
        var hitsByLine: [Int32: [Range<Int>]] = [:]
        var mappedHits: [Range<Int>]?
        for r in 0..<content.height {
            let i = top + r
            guard i < layout.rows.count else { break }
            let row = layout.rows[i]
            let y = content.y + r
            if row.isLabel {
                let reason = article.dropped[Int(row.droppedLabel)].reason.rawValue
                screen.put(String(repeating: " ", count: gutter) + "╶ dropped: " + reason, x: content.x, y: y,
                           role: .droppedLabel, maxX: content.maxX)
                continue
            }
            if row.isFirst {
                let n = String(row.line)
                screen.put(String(repeating: " ", count: max(0, gutter - 1 - n.count)) + n, x: content.x, y: y,
                           role: .lineNumber, maxX: content.maxX)
            }
            let start = Int(row.start)
            let end = Int(row.end)
            let text = Substring(String(decoding: source.utf8[start..<end], as: UTF8.self))
            var marks: [Segments.Mark] = []
            if let f = focus, f.end > start, f.start < end {
                marks.append(Segments.Mark(range: (max(f.start, start) - start)..<(min(f.end, end) - start), role: .sourceFocus))
            }
            if let s = search, !s.matches.isEmpty {
                let hits: [Range<Int>]
                if let cached = hitsByLine[row.line] {
                    hits = cached
                } else {
                    let lr = source.lineRange(Int(row.line))
                    // Kept text: the matches mapped to their bytes through the blocks' maps;
                    // dropped text, which no block shows, is searched as written.
                    if mappedHits == nil { mappedHits = Self.sourceRanges(of: s.matches, in: document) }
                    var found = mappedHits!.filter { $0.upperBound > lr.lowerBound && $0.lowerBound < lr.upperBound }
                    if row.dropped >= 0 {
                        let lineText = String(decoding: source.utf8[lr], as: UTF8.self)
                        for term in s.terms {
                            found += SearchIndex.matches(term, inText: lineText).map { ($0.lowerBound + lr.lowerBound)..<($0.upperBound + lr.lowerBound) }
                        }
                    }
                    hits = found
                    hitsByLine[row.line] = hits
                }
                for h in hits where h.upperBound > start && h.lowerBound < end {
                    marks.append(Segments.Mark(range: (max(h.lowerBound, start) - start)..<(min(h.upperBound, end) - start), role: .searchHit))
                }
            }
            let base: Role = row.dropped >= 0 ? .dropped : .source
            let (_, first) = Segments.draw(text, x: content.x + gutter, y: y, maxX: content.maxX, base: base,
                                           marks: marks, tabsFrom: content.x + gutter, into: &screen)
            if !cursorSet, let f = first, marks.contains(where: { $0.role == .sourceFocus }) {
                cursor = Point(x: f, y: y)
                cursorSet = true
            }
        }
        return cursor
    }

    /// The lines the title names: the focus span's while any of it is in view, else (the panel
    /// scrolled away from it) the lines in view, so the title never lags behind the text.
    func titleLines(rows: Int) -> (Int, Int)? {
        let shown = layout.rows[min(top, layout.rows.count)..<min(top + max(0, rows), layout.rows.count)].filter { !$0.isLabel }
        guard let firstRow = shown.first, let lastRow = shown.last else {
            return focus.map { ($0.firstLine, $0.lastLine) }
        }
        let first = Int(firstRow.line), last = Int(lastRow.line)
        if let f = focus, f.lastLine >= first, f.firstLine <= last { return (f.firstLine, f.lastLine) }
        return (first, last)
    }

    /// The source bytes of search matches, through their blocks' text maps.
    static func sourceRanges(of matches: [Match], in document: ReaderDocument) -> [Range<Int>] {
        matches.compactMap { m in
            m.block < document.blocks.count ? document.blocks[m.block].map.sourceRange(ofText: m.start..<m.end) : nil
        }
    }
}
