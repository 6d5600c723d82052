import ArticleKit

/// A table block drawn as aligned columns: each column as wide as its widest cell (within a
/// limit), two spaces between columns, a `─` rule under the header. A row wider than the
/// space it is shown in is cut to a window of columns, with `…` where it goes on.
enum TableText {
    /// Spaces between two columns.
    static let gap = 2

    /// One character of a drawn row and the byte of the block's text it shows (nil for
    /// padding and for the `…` of a cut).
    struct Glyph {
        var text: String
        var width: Int
        var offset: Int?
    }

    /// Each column's width: its widest cell, at most `limit` (nil: no limit).
    static func widths(_ table: Table, limit: Int?) -> [Int] {
        var widths = [Int](repeating: 0, count: table.columnCount)
        for row in table.rows {
            for (c, cell) in row.cells.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(cell.text)) }
        }
        guard let limit else { return widths }
        return widths.map { min($0, max(1, limit)) }
    }

    /// The width of a row with these columns.
    static func totalWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + gap * max(0, widths.count - 1)
    }

    /// Row `row` as glyphs, each cell padded to its column; a cell wider than its column ends in `…`.
    static func glyphs(_ table: Table, row: Int, widths: [Int]) -> [Glyph] {
        let ranges = table.cellRanges[row]
        var out: [Glyph] = []
        for (c, width) in widths.enumerated() {
            if c > 0 { out += Array(repeating: Glyph(text: " ", width: 1, offset: nil), count: gap) }
            var used = 0
            if c < ranges.count {
                let text = table.rows[row].cells[c].text
                let fits = DisplayWidth.of(text) <= width
                var offset = ranges[c].lowerBound
                for ch in text {
                    // Sanitized one character at a time, so each glyph keeps its byte offset.
                    let shown = Sanitizer.clean(String(ch))
                    let w = DisplayWidth.of(shown)
                    if !fits, used + w > width - 1 {
                        out.append(Glyph(text: "…", width: 1, offset: nil))
                        used += 1
                        break
                    }
                    out.append(Glyph(text: shown, width: w, offset: offset))
                    used += w
                    offset += String(ch).utf8.count
                }
            }
            if used < width { out += Array(repeating: Glyph(text: " ", width: 1, offset: nil), count: width - used) }
        }
        return out
    }

    /// The display columns `from..<from + width` of a row, with `…` at an edge where the row
    /// goes on beyond it.
    static func window(_ glyphs: [Glyph], from: Int, width: Int) -> [Glyph] {
        var out: [Glyph] = []
        var col = 0
        var i = 0
        while i < glyphs.count, col + glyphs[i].width <= from + width {
            if col >= from { out.append(glyphs[i]) }
            col += glyphs[i].width
            i += 1
        }
        func cut(_ k: Int) {
            let wide = out[k].width == 2
            out[k] = Glyph(text: "…", width: 1, offset: nil)
            if wide { out.insert(Glyph(text: " ", width: 1, offset: nil), at: k + 1) }
        }
        // Only text beyond an edge is marked, not padding.
        if !out.isEmpty, glyphs[i...].contains(where: { $0.offset != nil }) { cut(out.count - 1) }
        if from > 0, !out.isEmpty { cut(0) }
        return out
    }

    /// The glyphs as a string, and the range of it showing bytes `range` of the block's text.
    static func string(_ glyphs: [Glyph], marking ranges: [Range<Int>] = []) -> (text: String, marks: [Range<Int>?]) {
        var text = ""
        var marks = [Range<Int>?](repeating: nil, count: ranges.count)
        for g in glyphs {
            let at = text.utf8.count
            text.append(g.text)
            guard let o = g.offset else { continue }
            for (k, r) in ranges.enumerated() where r.contains(o) {
                marks[k] = (marks[k]?.lowerBound ?? at)..<text.utf8.count
            }
        }
        return (text, marks)
    }

    /// The header rule for these columns.
    static func rule(_ widths: [Int]) -> [Glyph] {
        Array(repeating: Glyph(text: "─", width: 1, offset: nil), count: totalWidth(widths))
    }
}

extension TableText {
    /// The glyphs of a table line of the layout (a row or the header rule), whole.
    static func glyphs(_ line: ArticleLine, document: ReaderDocument, layout: ArticleLayout) -> [Glyph] {
        let b = Int(line.block)
        guard let table = document.blocks[b].table, let widths = layout.tableColumns[b] else { return [] }
        if line.decoration == .tableRule { return rule(widths) }
        guard let row = rowIndex(line, in: table) else { return [] }
        return glyphs(table, row: row, widths: widths)
    }

    /// The table row a `.tableRow` line shows.
    static func rowIndex(_ line: ArticleLine, in table: Table) -> Int? {
        table.cellRanges.firstIndex { ($0.first?.lowerBound ?? -1) == Int(line.start) }
    }

    /// A table line as plain text: the whole row, trailing padding trimmed.
    static func plainRow(_ line: ArticleLine, document: ReaderDocument, layout: ArticleLayout) -> String {
        var text = string(glyphs(line, document: document, layout: layout)).text
        while text.last == " " { text.removeLast() }
        return text
    }
}
