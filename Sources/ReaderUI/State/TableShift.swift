import ArticleKit

/// How far a table wider than the article pane is scrolled sideways: which block, by how many
/// display columns. Only that table is drawn shifted.
public struct TableShift: Hashable, Sendable {
    public var block: Int
    public var columns: Int

    /// Columns the table in block `b` is drawn shifted by: none unless it is this table.
    func columns(ofBlock b: Int) -> Int {
        block == b ? columns : 0
    }
}

extension ReaderState {
    /// Columns a press of ← or → moves a table.
    static let tableStep = 8

    /// The table in focus: the topmost one with a row in view in the article pane.
    var tableInView: Int? {
        let lines = articleLayout.lines
        let end = min(lines.count, articleTop + max(1, articleRows))
        guard articleTop < end else { return nil }
        return lines[articleTop..<end].first { $0.decoration == .tableRow }.map { Int($0.block) }
    }

    /// Scrolls the table in view sideways by `steps` steps; says so when no table is in view
    /// or it fits the pane.
    mutating func shiftTable(by steps: Int) {
        guard let b = tableInView, let widths = articleLayout.tableColumns[b] else {
            message = "←/→ scroll a wide table sideways when one is in view"
            return
        }
        let limit = max(0, TableText.totalWidth(widths) - articleLayout.width)
        guard limit > 0 else {
            message = "This table fits the pane"
            return
        }
        tableShift = TableShift(block: b, columns: max(0, min(limit, tableColumnsShifted(b) + steps * Self.tableStep)))
    }

    /// Shifts a wide table so byte `offset` of its text (a match) is in view.
    mutating func revealTableText(block: Int, offset: Int) {
        guard let table = document.blocks[block].table, let widths = articleLayout.tableColumns[block],
              let row = table.cellRanges.firstIndex(where: { ($0.first?.lowerBound ?? 0) <= offset && offset <= ($0.last?.upperBound ?? 0) })
        else { return }
        let glyphs = TableText.glyphs(table, row: row, widths: widths)
        guard let k = glyphs.firstIndex(where: { $0.offset.map { $0 >= offset } ?? false }) else { return }
        let column = glyphs[..<k].reduce(0) { $0 + $1.width }
        let width = articleLayout.width
        let limit = max(0, TableText.totalWidth(widths) - width)
        let shift = tableColumnsShifted(block)
        if column < shift + 1 || column >= shift + width - 2 {
            tableShift = TableShift(block: block, columns: max(0, min(limit, column - width / 3)))
        }
    }

    /// Columns the table in block `block` is drawn shifted by.
    func tableColumnsShifted(_ block: Int) -> Int {
        tableShift?.columns(ofBlock: block) ?? 0
    }
}
