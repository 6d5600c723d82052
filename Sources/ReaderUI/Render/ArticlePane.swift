import ArticleKit

/// The article: title, lede, headings styled apart, paragraphs wrapped to the measure, with
/// search hits and the focused fact mention highlighted. Holds only what it draws; the
/// renderer cuts it from the reader's state.
struct ArticlePane {
    var document: ReaderDocument
    var layout: ArticleLayout
    /// The first row of `layout` shown.
    var top: Int
    var search: SearchState?
    /// A fact's mention in focus is marked (search hits come from `search`).
    var highlight: Highlight?
    var tableShift: TableShift?
    /// Whether the pane has a title row (not under a tab row).
    var titled: Bool
    var focused: Bool

    /// Draws the pane into `rect` and returns the cursor position.
    func draw(in rect: Rect, into screen: inout Screen) -> Point {
        let doc = document
        var content = rect
        if titled {
            let a = doc.article
            Renderer.drawTitle("Article · \(TextFit.counted(a.words, "word")) · \(TextFit.readingTime(minutes: a.readingMinutes))", in: rect,
                               focused: focused, into: &screen)
            content = rect.droppingTop(1)
        }
        let margin = max(1, min(4, (content.width - layout.width) / 2))
        let left = content.x + margin
        let maxX = min(content.maxX, left + layout.width)
        var cursor = Point(x: left, y: content.y)
        var cursorSet = false
        for r in 0..<content.height {
            let i = top + r
            guard i < layout.lines.count else { break }
            let line = layout.lines[i]
            if line.isBlank { continue }
            let y = content.y + r
            let b = Int(line.block)
            let block = doc.blocks[b]
            if line.decoration == .tableRow || line.decoration == .tableRule {
                if drawTableLine(line, x: left, y: y, maxX: maxX, into: &screen), !cursorSet {
                    cursor = Point(x: left, y: y)
                    cursorSet = true
                }
                continue
            }
            if line.decoration == .sectionDate {
                screen.put(Sanitizer.clean(doc.sectionDate(ofBlock: b) ?? ""), x: left, y: y, role: .dropped, maxX: maxX)
                continue
            }
            let role = Self.textRole(block, topHeadingLevel: doc.topHeadingLevel)
            // Decoration: marker or quote bar.
            switch line.decoration {
            case .none, .tableRow, .tableRule, .sectionDate: break
            case .listMarker:
                let m = ArticleLayout.marker(block)
                screen.put(m, x: left + Int(line.indent) - DisplayWidth.of(m) - 1, y: y, role: .marker, maxX: maxX)
            case .quoteBar:
                screen.put("│", x: left + Int(line.indent) - 2, y: y, role: .marker, maxX: maxX)
            }
            let words = ArticleText.words(line, document: doc)
            let marks = self.marks(block: b, lineStart: Int(line.start), lineEnd: Int(line.end))
            let (_, first) = Segments.draw(words, x: left + Int(line.indent), y: y, maxX: maxX, base: role,
                                           marks: marks.list, into: &screen)
            if !cursorSet, marks.hasFocus, let f = first {
                cursor = Point(x: f, y: y)
                cursorSet = true
            }
        }
        if layout.lines.isEmpty {
            screen.put("(this article has no text)", x: left, y: content.y, role: .dropped, maxX: content.maxX)
        }
        return cursor
    }

    /// Draws a table row (header rows as sub-headings) or the header rule, cut to the pane and
    /// shifted when the table is scrolled sideways. Returns true when the row holds the focus.
    func drawTableLine(_ line: ArticleLine, x: Int, y: Int, maxX: Int, into screen: inout Screen) -> Bool {
        let b = Int(line.block)
        let whole = TableText.glyphs(line, document: document, layout: layout)
        let width = maxX - x
        let shift = min(tableShift?.columns(ofBlock: b) ?? 0, max(0, whole.reduce(0) { $0 + $1.width } - width))
        if line.decoration == .tableRule {
            screen.put(String(repeating: "─", count: max(0, min(width, whole.count - shift))), x: x, y: y, role: .marker, maxX: maxX)
            return false
        }
        let shown = TableText.window(whole, from: shift, width: width)
        let marks = self.marks(block: b, lineStart: Int(line.start), lineEnd: Int(line.end))
        let ranges = marks.list.map { ($0.range.lowerBound + Int(line.start))..<($0.range.upperBound + Int(line.start)) }
        let (text, placed) = TableText.string(shown, marking: ranges)
        var list: [Segments.Mark] = []
        for (k, range) in placed.enumerated() { if let range { list.append(Segments.Mark(range: range, role: marks.list[k].role)) } }
        // Header rows are styled as sub-headings; the `…` of a cut as a marker.
        let table = document.blocks[b].table
        let isHeader = table.flatMap { t in TableText.rowIndex(line, in: t).map { t.rows[$0].isHeader } } ?? false
        for (k, g) in shown.enumerated() where g.text == "…" && g.offset == nil {
            let at = shown[..<k].reduce(0) { $0 + $1.text.utf8.count }
            list.insert(Segments.Mark(range: at..<(at + 3), role: .marker), at: 0)
        }
        Segments.draw(Substring(text), x: x, y: y, maxX: maxX, base: isHeader ? .heading3 : .text, marks: list, into: &screen)
        return marks.hasFocus
    }

    /// Headings are styled by their depth below the article's top heading level.
    static func textRole(_ block: Block, topHeadingLevel: Int) -> Role {
        switch block.kind {
        case .title: .title
        case .lede: .lede
        case .heading:
            switch block.level - topHeadingLevel {
            case ..<1: .heading
            case 1: .heading2
            default: .heading3
            }
        case .subheading: .heading3
        case .quote: .quote
        case .code: .code
        case .paragraph, .list, .table: .text
        }
    }

    /// Highlights falling on one row: search matches, the current match, the focused mention.
    func marks(block: Int, lineStart: Int, lineEnd: Int) -> (list: [Segments.Mark], hasFocus: Bool) {
        var list: [Segments.Mark] = []
        var hasFocus = false
        if let s = search, !s.matches.isEmpty {
            var k = Self.firstMatchIndex(s.matches, atOrAfterBlock: block)
            while k < s.matches.count, s.matches[k].block == block {
                let m = s.matches[k]
                if m.end > lineStart, m.start < lineEnd {
                    let current = s.current == k
                    list.append(Segments.Mark(range: (m.start - lineStart)..<(m.end - lineStart),
                                              role: current ? .currentHit : .searchHit))
                    if current { hasFocus = true }
                }
                if m.start >= lineEnd { break }
                k += 1
            }
        }
        if let h = highlight, h.kind != .match, h.block == block, let r = h.range,
           r.upperBound > lineStart, r.lowerBound < lineEnd {
            list.append(Segments.Mark(range: (r.lowerBound - lineStart)..<(r.upperBound - lineStart), role: .factFocus))
            hasFocus = true
        }
        return (list, hasFocus)
    }

    /// Index of the first match in `block` or later (binary search; matches are in order).
    static func firstMatchIndex(_ matches: [Match], atOrAfterBlock block: Int) -> Int {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].block < block { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
