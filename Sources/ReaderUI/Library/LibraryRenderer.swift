import LibraryKit

/// Draws the library list: a title bar (what was opened, how many articles, the order), the
/// column header, one row per article, the selected article's path, and a status row (the
/// filter being typed, progress while loading, notices, a hint of keys).
enum LibraryRenderer {
    /// The screen row of the first article.
    static let listY = 2

    static func render(_ state: LibraryViewState, opening: String? = nil) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let size = state.size
        if Geometry.isTooSmall(size) {
            Renderer.drawTooSmall(size, into: &screen)
            return screen
        }
        drawTitle(state, into: &screen)
        let cols = LibraryColumns(width: size.width)
        screen.fill(Rect(x: 0, y: 1, width: size.width, height: 1), role: .groupHeader)
        cols.draw(cols.header, y: 1, roles: { _ in .groupHeader }, into: &screen)

        var cursor = Point(x: 0, y: listY)
        for r in 0..<state.listRows {
            let i = state.top + r
            guard i < state.rows.count else { break }
            let e = state.rows[i]
            let y = listY + r
            let selected = i == state.selected
            if selected {
                screen.fill(Rect(x: 0, y: y, width: size.width, height: 1), role: .selection)
                cursor = Point(x: 0, y: y)
            }
            let titleRole: Role = selected ? .selection : e.error != nil ? .notice : e.isPending ? .dropped : .text
            cols.draw(cols.cells(e, loading: state.list.isLoading), y: y, roles: { c in selected ? .selection : cols.role(ofColumn: c, e, titleRole: titleRole) }, into: &screen)
            if selected { screen.put("›", x: 0, y: y, role: .selection) }
        }
        if state.rows.isEmpty {
            let text = state.list.isLoading ? "Looking for articles…"
                : state.list.entries.isEmpty ? "No articles here (.txt, .md, .html)" : "No title or path holds \(state.quotedFilter) · Esc clears the filter"
            screen.put(text, x: 2, y: listY + 1, role: .dropped)
        }
        drawPath(state, y: size.height - 2, into: &screen)
        let promptCursor = drawStatus(state, opening: opening, y: size.height - 1, into: &screen)
        screen.cursor = state.isFiltering ? promptCursor : cursor
        if let help = state.help { screen.cursor = LibraryHelp.draw(help, into: &screen) }
        return screen
    }

    static func drawTitle(_ state: LibraryViewState, into screen: inout Screen) {
        let w = state.size.width
        screen.fill(Rect(x: 0, y: 0, width: w, height: 1), role: .paneTitleFocused)
        let n = state.list.entries.count
        var count = "\(LibraryList.grouped(n)) " + (n == 1 ? "article" : "articles")
        if !state.filter.isEmpty { count = "\(LibraryList.grouped(state.rows.count)) of " + count }
        var right = "by \(state.sort.rawValue) "
        let left = " Library · " + state.rootsLabel
        var countText = " · " + count
        func room() -> Int { w - DisplayWidth.of(right) - 1 - DisplayWidth.of(countText) }
        // On a narrow screen the sort order, then the count, give way to the library's name
        // (at 20 columns the row was `Librar… ·`).
        if room() < min(DisplayWidth.of(left), 12) { right = "" }
        if room() < min(DisplayWidth.of(left), 8) { countText = "" }
        let rightX = w - DisplayWidth.of(right)
        let x = screen.put(TextFit.fit(left, max(1, room())), x: 0, y: 0, role: .paneTitleFocused, maxX: rightX - 1)
        screen.put(countText, x: x, y: 0, role: .paneTitleFocused, maxX: rightX - 1)
        if !right.isEmpty { screen.put(right, x: rightX, y: 0, role: .paneTitleFocused) }
    }

    static func drawPath(_ state: LibraryViewState, y: Int, into screen: inout Screen) {
        guard let e = state.selectedEntry else { return }
        var text = " " + e.path
        if let reason = e.errorReason { text += " · " + reason }
        screen.put(TextFit.fit(text, state.size.width), x: 0, y: y, role: e.error != nil ? .notice : .lineNumber)
    }

    /// The status row. Returns where the cursor goes while the filter is typed.
    static func drawStatus(_ state: LibraryViewState, opening: String?, y: Int, into screen: inout Screen) -> Point {
        let w = state.size.width
        screen.fill(Rect(x: 0, y: y, width: w, height: 1), role: .status)
        if state.isFiltering {
            let slash = screen.put("/", x: 0, y: y, role: .prompt)
            let end = screen.put(TextFit.tail(state.filter, w - 1 - slash), x: slash, y: y, role: state.filterSelected ? .selection : .prompt, maxX: w - 1)
            let right = "\(LibraryList.grouped(state.rows.count)) shown · Enter keep · Esc clear "
            let x = w - DisplayWidth.of(right)
            if x > end + 1 { screen.put(right, x: x, y: y, role: .status) }
            screen.restyle(x: end, y: y, width: max(0, min(w, x) - end), role: .prompt)
            return Point(x: min(end, w - 1), y: y)
        }
        var left: (String, Role)?
        if let opening { left = ("Opening " + opening + "…", .statusAccent) }
        else if let m = state.message { left = (m, .statusAccent) }
        else if let notice = state.notice { left = (notice, .notice) }
        var parts: [String] = []
        if let p = state.list.progressLine { parts.append(p) }
        if !state.filter.isEmpty { parts.append("filter " + state.quotedFilter) }
        let hint = w >= 100 ? "? help · / filter · o sort · S search · q quit" : "? help · q quit"
        parts.append(hint)
        var right = parts.joined(separator: " │ ") + " "
        let leftWidth = left.map { DisplayWidth.of($0.0) + 2 } ?? 0
        if leftWidth + DisplayWidth.of(right) > w, parts.count > 1 {
            parts.removeLast()
            right = parts.joined(separator: " │ ") + " "
        }
        let rx = max(leftWidth, w - DisplayWidth.of(right))
        if let (text, role) = left { screen.put(" " + text, x: 0, y: y, role: role, maxX: w) }
        if leftWidth + DisplayWidth.of(right) <= w || left == nil { screen.put(right, x: rx, y: y, role: .status, maxX: w) }
        return Point(x: 0, y: y)
    }
}
