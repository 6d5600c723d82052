/// Reads a `<table>` as a data table, or says it is a layout table. Old pages lay out whole
/// pages, columns and boxes with tables; those stay prose. A data table has header cells, or
/// several rows and columns, of short cells, and holds no other table nor article blocks
/// (paragraphs, headings; lists only under header cells: `<td><ul><li>CLI</li>…</ul></td>`); a
/// table inside another table is data only with header cells.
enum HTMLTable {
    /// Elements that make a table a layout table when found inside it.
    static let layoutSigns: Set<String> = ["table", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"]

    /// A cell longer than this (in characters, whitespace collapsed) is prose, not data.
    static let longestCell = 200

    /// The table's rows and cells with their spans, or nil for a layout table.
    static func read(_ table: HTMLNode, nested: Bool, in document: HTMLDocument) -> Table? {
        guard let tableSpan = document.span(table) else { return nil }
        var rows: [Table.Row] = []
        /// For each row: true while every cell is a `<th>`.
        var allHeaderCells: [Bool] = []
        var headerCells = 0
        var theadDepth = 0
        var layout = false
        /// A cell holds a list (`<td><ul><li>CLI</li><li>Plugin</li></ul></td>`).
        var listCells = false
        HTMLWalk.walk(from: table, includeRoot: false) { node in
            guard node.isElement, !layout else { return false }
            switch node.name {
            case _ where layoutSigns.contains(node.name):
                layout = true
            case "caption":
                break  // read by the caller
            case "tr":
                rows.append(Table.Row(cells: [], isHeader: theadDepth > 0))
                allHeaderCells.append(true)
                return true
            case "td", "th":
                let text = ArticleAssembler.collapse(HTMLWalk.text(of: node))
                switch signs(in: node) {
                case .prose: layout = true
                case .lists: listCells = true
                case .none: break
                }
                if text.count > longestCell { layout = true }
                guard !rows.isEmpty else { return false }
                let span = document.span(node) ?? tableSpan
                let map = TextAligner.map(text, in: document.source, range: span.start..<span.end, syntax: .html)
                rows[rows.count - 1].cells.append(Table.Cell(text: text, span: span, map: map))
                if node.name == "td" { allHeaderCells[rows.count - 1] = false } else { headerCells += 1 }
            default:
                if node.name == "thead" { theadDepth += 1 }
                return true
            }
            return false
        } exit: { node in
            if node.isElement, node.name == "thead" { theadDepth -= 1 }
        }
        // Lists in cells: data under header cells, else a layout of boxes.
        guard !layout, !listCells || headerCells > 0 else { return nil }
        // A first row of `<th>` cells alone is a header row too.
        if let first = rows.indices.first(where: { !rows[$0].cells.isEmpty }), allHeaderCells[first] { rows[first].isHeader = true }
        rows.removeAll { $0.cells.isEmpty }
        let columns = rows.reduce(0) { Swift.max($0, $1.cells.count) }
        let cells = rows.reduce(0) { $0 + $1.cells.count }
        guard cells >= 2, headerCells > 0 || (!nested && rows.count >= 2 && columns >= 2) else { return nil }
        return Table(rows: rows)
    }

    /// What a cell holds besides text: nothing, only lists, or another table or prose block.
    enum CellSigns { case none, lists, prose }

    /// The article blocks a cell holds (`layoutSigns`): lists alone are told apart.
    private static func signs(in cell: HTMLNode) -> CellSigns {
        var found = CellSigns.none
        HTMLWalk.walk(from: cell, includeRoot: false) { node in
            guard node.isElement, found != .prose else { return false }
            if layoutSigns.contains(node.name) { found = node.name == "ul" || node.name == "ol" ? .lists : .prose }
            return found != .prose
        }
        return found
    }

    /// The table's `<caption>`, when it has one.
    static func caption(_ table: HTMLNode) -> HTMLNode? {
        var child = table.pointee.children
        while let c = child {
            if c.isElement, c.name == "caption" { return c }
            child = c.pointee.next
        }
        return nil
    }
}
