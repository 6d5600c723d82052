import ArticleKit

/// One row of the laid-out article: a piece of one block's text (a UTF-8 byte range), with
/// its indent and decoration. Rows are computed once per text width, so scrolling only draws.
public struct ArticleLine: Hashable, Sendable {
    public enum Decoration: UInt8, Sendable {
        case none
        /// The list marker, on the first row of a list item.
        case listMarker
        /// A quote bar.
        case quoteBar
        /// A row of a table (`start..<end` covers its cells in the block's text), drawn as columns.
        case tableRow
        /// The rule under a table's header row.
        case tableRule
        /// The date of the section whose heading this row follows (a listing's post), drawn
        /// dimmed; `start..<end` is empty, at the end of the heading's text.
        case sectionDate
    }

    /// Index into `ReaderDocument.blocks`, or -1 for a blank row.
    public var block: Int32
    public var start: Int32
    public var end: Int32
    public var indent: UInt8
    public var decoration: Decoration

    public var isBlank: Bool { block < 0 }

    static let blank = ArticleLine(block: -1, start: 0, end: 0, indent: 0, decoration: .none)
}

/// The article wrapped to a text width: title, lede, headings styled apart, paragraphs, list
/// items and quotes indented, one blank row between blocks.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [ArticleLine]
    /// First row of each block.
    public let blockFirstLine: [Int]
    /// First row of each section.
    public let sectionFirstLine: [Int]
    /// Column widths of each table block, by block index.
    public let tableColumns: [Int: [Int]]

    /// Lays the article out `width` columns wide; `fitTables` limits a table column to that
    /// width (the reader scrolls wider tables sideways), otherwise columns fit their widest cell.
    public init(document: ReaderDocument, width: Int, fitTables: Bool = true) {
        self.width = width
        var lines: [ArticleLine] = []
        var firsts: [Int] = []
        var tableColumns: [Int: [Int]] = [:]
        let blocks = document.blocks
        lines.reserveCapacity(blocks.count * 4)
        for (i, block) in blocks.enumerated() {
            let next = i + 1 < blocks.count ? blocks[i + 1] : nil
            firsts.append(lines.count)
            var indent = 0
            var hanging = 0
            var decoration = ArticleLine.Decoration.none
            switch block.kind {
            case .list:
                indent = 2 + 2 * block.level
                hanging = DisplayWidth.of(ArticleLayout.marker(block)) + 1
                decoration = .listMarker
            case .quote:
                indent = 2 + 2 * block.level
                hanging = 2
                decoration = .quoteBar
            case .code:
                indent = 2
            default:
                break
            }
            if let table = block.table {
                tableColumns[i] = TableText.widths(table, limit: fitTables ? width : nil)
                for (r, ranges) in table.cellRanges.enumerated() {
                    let start = Int32(ranges.first?.lowerBound ?? 0)
                    let end = Int32(ranges.last?.upperBound ?? 0)
                    lines.append(ArticleLine(block: Int32(i), start: start, end: end, indent: 0, decoration: .tableRow))
                    if table.rows[r].isHeader, r + 1 < table.rows.count, !table.rows[r + 1].isHeader {
                        lines.append(ArticleLine(block: Int32(i), start: end, end: end, indent: 0, decoration: .tableRule))
                    }
                }
                if next != nil { lines.append(.blank) }
                continue
            }
            let textWidth = max(1, width - indent - hanging)
            let pieces: [Range<Int>]
            if block.kind == .code {
                pieces = ArticleLayout.codeLines(block.text, width: textWidth)
            } else {
                pieces = Wrapper.wrap(block.text, width: textWidth)
            }
            for (k, r) in pieces.enumerated() {
                let d: ArticleLine.Decoration = decoration == .listMarker ? (k == 0 ? .listMarker : .none) : decoration
                lines.append(ArticleLine(block: Int32(i), start: Int32(r.lowerBound), end: Int32(r.upperBound),
                                         indent: UInt8(min(255, indent + (decoration == .listMarker ? hanging : 0) + (decoration == .quoteBar ? hanging : 0))),
                                         decoration: d))
            }
            if block.kind == .heading, document.sectionDate(ofBlock: i) != nil {
                let end = Int32(block.text.utf8.count)
                lines.append(ArticleLine(block: Int32(i), start: end, end: end, indent: 0, decoration: .sectionDate))
            }
            // One blank row between blocks; consecutive list items stay together.
            let keepTogether = block.kind == .list && next?.kind == .list
            if next != nil, !keepTogether { lines.append(.blank) }
        }
        self.lines = lines
        self.blockFirstLine = firsts
        self.tableColumns = tableColumns
        self.sectionFirstLine = document.sectionFirstBlock.map { $0 < firsts.count ? firsts[$0] : lines.count }
    }

    /// The marker drawn before a list item.
    static func marker(_ block: Block) -> String {
        guard let m = block.marker else { return "•" }
        return (m == "-" || m == "*" || m == "+") ? "•" : m
    }

    static func codeLines(_ text: String, width: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = String(line)
            for r in Wrapper.wrap(s, width: width) { out.append((r.lowerBound + offset)..<(r.upperBound + offset)) }
            offset += line.utf8.count + 1
        }
        return out
    }

    /// The block shown at or after row `row` (skipping blank rows).
    public func block(atOrAfter row: Int) -> Int? {
        guard !lines.isEmpty else { return nil }
        var r = max(0, min(row, lines.count - 1))
        while r < lines.count, lines[r].isBlank { r += 1 }
        if r < lines.count { return Int(lines[r].block) }
        r = min(row, lines.count - 1)
        while r >= 0, lines[r].isBlank { r -= 1 }
        return r >= 0 ? Int(lines[r].block) : nil
    }

    /// The row showing byte `offset` of block `block`.
    public func row(block: Int, offset: Int) -> Int {
        guard block >= 0, block < blockFirstLine.count else { return 0 }
        var r = blockFirstLine[block]
        while r + 1 < lines.count, lines[r + 1].block == Int32(block), Int(lines[r + 1].start) <= offset { r += 1 }
        return r
    }

    /// The section a row belongs to.
    public func section(atRow row: Int) -> Int {
        var low = 0
        var high = sectionFirstLine.count - 1
        var best = 0
        while low <= high {
            let mid = (low + high) / 2
            if sectionFirstLine[mid] <= row { best = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return best
    }
}
