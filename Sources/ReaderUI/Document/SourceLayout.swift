import ArticleKit

/// One row of the source panel: part of one original line (UTF-8 byte range into the decoded
/// text), or a label announcing a dropped block.
public struct SourceRow: Hashable, Sendable {
    /// 1-based line number.
    public var line: Int32
    public var start: Int32
    public var end: Int32
    /// True for the first row of a line (the row that shows the line number).
    public var isFirst: Bool
    /// Index into `Article.dropped` when this row is the label before a dropped block.
    public var droppedLabel: Int32
    /// Index into `Article.dropped` when the line is part of a dropped block, else -1.
    public var dropped: Int32

    public var isLabel: Bool { droppedLabel >= 0 }
}

/// The original text soft-wrapped to the source panel's width, with a label row before each
/// dropped block so the reader sees what the parser left out and why. Tabs reach the next
/// multiple of 8 columns from the row's start (as `SourcePane` draws them).
public struct SourceLayout: Sendable {
    public let width: Int
    public let gutter: Int
    public let rows: [SourceRow]
    /// First row of each line (index line - 1).
    public let lineFirstRow: [Int]

    public init(article: Article, width: Int) {
        let source = article.source
        let gutter = String(max(1, source.lineCount)).count + 1
        self.gutter = gutter
        self.width = width
        let textWidth = max(1, width - gutter - 1)
        // Which dropped block (if any) covers each line, and where each begins.
        var droppedOfLine = [Int32](repeating: -1, count: source.lineCount + 1)
        var labelBefore: [Int: Int] = [:]
        for (i, d) in article.dropped.enumerated() {
            let first = max(1, d.span.firstLine)
            let last = min(source.lineCount, d.span.lastLine)
            if first > last { continue }
            if labelBefore[first] == nil { labelBefore[first] = i }
            for l in first...last { droppedOfLine[l] = Int32(i) }
        }
        var rows: [SourceRow] = []
        rows.reserveCapacity(source.lineCount * 2)
        var firsts: [Int] = []
        firsts.reserveCapacity(source.lineCount)
        let whole = source.text
        var buffer = whole
        buffer.withUTF8 { bytes in
            for n in stride(from: 1, through: source.lineCount, by: 1) {
                if let d = labelBefore[n] {
                    rows.append(SourceRow(line: Int32(n), start: 0, end: 0, isFirst: false, droppedLabel: Int32(d), dropped: Int32(d)))
                }
                firsts.append(rows.count)
                let range = source.lineRange(n)
                let pieces = Wrapper.wrap(bytes, text: whole, from: range.lowerBound, to: range.upperBound,
                                          width: textWidth, keepLeadingSpaces: true, expandTabs: true)
                for (k, r) in pieces.enumerated() {
                    rows.append(SourceRow(line: Int32(n), start: Int32(r.lowerBound), end: Int32(r.upperBound),
                                          isFirst: k == 0, droppedLabel: -1, dropped: droppedOfLine[n]))
                }
            }
        }
        self.rows = rows
        self.lineFirstRow = firsts
    }

    /// The row showing byte `offset` of the source.
    public func row(forOffset offset: Int, in source: SourceText) -> Int {
        guard !rows.isEmpty else { return 0 }
        let line = source.lineNumber(forOffset: offset)
        var r = lineFirstRow[max(0, min(line - 1, lineFirstRow.count - 1))]
        while r + 1 < rows.count, rows[r + 1].line == Int32(line), !rows[r + 1].isLabel, Int(rows[r + 1].start) <= offset { r += 1 }
        return r
    }
}
