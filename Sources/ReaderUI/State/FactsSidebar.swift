import ArticleKit

/// The facts sidebar's state: the list once the facts are extracted, the first row shown and
/// the selected fact. The reader's one copy of its facts: `Facts` arrive once and are kept
/// only as the list every user reads (sidebar, mentions, contents, status).
public struct FactsSidebar: Sendable {
    /// The facts as listed; nil while they are being extracted.
    public private(set) var list: FactList?
    /// The first row shown.
    public var top = 0
    /// The selected fact: an index into `items`.
    public var selected = 0

    /// The facts, none while they are being extracted.
    public var items: [FactList.Item] { list?.items ?? [] }
    var rows: [FactList.Row] { list?.rows ?? [] }

    /// The facts arrived: listed from the top.
    mutating func load(_ facts: Facts) {
        list = FactList(facts)
        selected = 0
        top = 0
    }

    /// The first row kept within the list for a pane `height` rows tall.
    mutating func clamp(height: Int) {
        top = max(0, min(top, max(0, rows.count - height)))
    }

    /// The wheel: the list scrolls by `delta` rows, the selection stays.
    mutating func scroll(by delta: Int, height: Int) {
        top += delta
        clamp(height: height)
    }

    /// j, k, a page: the selection moves by `delta` facts (at most the whole list) and is
    /// scrolled into view.
    mutating func move(by delta: Int, height: Int) {
        let n = items.count
        guard n > 0 else { return }
        let step = abs(delta) > n ? (delta > 0 ? n : -n) : delta
        selected = max(0, min(n - 1, selected + step))
        reveal(height: height)
    }

    /// A click on the pane's row `row` (0 is the first shown) selects the fact there.
    mutating func click(row: Int) {
        let i = top + row
        if i < rows.count, case .item(let k) = rows[i] { selected = k }
    }

    /// Scrolls so the selected fact is in view, with its group's header when it is the
    /// group's first.
    mutating func reveal(height: Int) {
        guard let list, selected < list.itemRow.count else { return }
        let itemRow = list.itemRow[selected]
        var row = itemRow
        if row > 0, case .header = list.rows[row - 1] { row -= 1 }
        let h = max(1, height)
        if row < top { top = row }
        if itemRow >= top + h { top = itemRow - h + 1 }
    }
}
