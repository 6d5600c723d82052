/// The cells of a `.table` block: rows of cells, each cell with its text and the exact place
/// it came from, so a match or a mention in a cell maps to that cell's bytes.
public struct Table: Hashable, Sendable {
    /// One cell: its text (whitespace collapsed), where it came from in the decoded text and
    /// where each part of its text came from (without a `map`, the whole span).
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var span: SourceSpan
        public var map: TextMap

        public init(text: String, span: SourceSpan, map: TextMap? = nil) {
            self.text = text
            self.span = span
            self.map = map ?? .whole(textLength: text.utf8.count, source: span.start..<span.end)
        }
    }

    /// One row of cells; `isHeader` for header rows (Markdown's first row, HTML's `<th>` rows).
    public struct Row: Hashable, Sendable {
        public var cells: [Cell]
        public var isHeader: Bool

        public init(cells: [Cell], isHeader: Bool = false) {
            self.cells = cells
            self.isHeader = isHeader
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The widest row's number of cells.
    public var columnCount: Int { rows.reduce(0) { Swift.max($0, $1.cells.count) } }

    /// The text a table block carries (for search, word counts and facts): cells joined by
    /// tabs, rows by line feeds. Cell texts hold neither, so each cell keeps its own range.
    public var text: String {
        rows.map { $0.cells.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// UTF-8 range in `text` of each cell, row by row.
    public var cellRanges: [[Range<Int>]] {
        var at = 0
        return rows.map { row in
            row.cells.map { cell in
                let r = at..<(at + cell.text.utf8.count)
                at = r.upperBound + 1
                return r
            }
        }
    }

    /// The cells' maps joined as `text` joins the cells; the tabs and line feeds between
    /// cells stand for no source bytes.
    public var map: TextMap {
        var runs: [TextMap.Run] = []
        for (row, ranges) in zip(rows, cellRanges) {
            for (cell, range) in zip(row.cells, ranges) {
                for var run in cell.map.runs {
                    run.text += Int32(clamping: range.lowerBound)
                    runs.append(run)
                }
            }
        }
        return TextMap(runs: runs)
    }

    /// The cell whose text holds byte `offset` of `text` (a separator belongs to no cell).
    public func cell(atTextOffset offset: Int) -> Cell? {
        for (r, ranges) in cellRanges.enumerated() {
            for (c, range) in ranges.enumerated() where range.contains(offset) { return rows[r].cells[c] }
        }
        return nil
    }
}

extension Block {
    /// Where text at `range` of the block's `text` came from: the cell's span in a table,
    /// else the whole block's span.
    public func span(ofTextRange range: Range<Int>) -> SourceSpan {
        table?.cell(atTextOffset: range.lowerBound)?.span ?? span
    }
}
