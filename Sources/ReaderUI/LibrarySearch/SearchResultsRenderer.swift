import LibraryKit

/// Draws the library search: a title bar, the query prompt, the ranked hits (title and
/// section heading, then the snippet with the matched words highlighted), the selected hit's
/// path, and a status row (the query's error, "searching…", index progress, keys).
enum SearchResultsRenderer {
    static let listY = 2

    static func render(_ state: LibrarySearchState, rootsLabel: String, opening: String? = nil) -> Screen {
        let size = state.size
        var screen = Screen(width: size.width, height: size.height)
        if Geometry.isTooSmall(size) {
            Renderer.drawTooSmall(size, into: &screen)
            return screen
        }
        let w = size.width
        screen.fill(Rect(x: 0, y: 0, width: w, height: 1), role: .paneTitleFocused)
        var right = ""
        if state.shownQuery != nil, state.pending == nil {
            right = TextFit.counted(state.hits.count, "hit") + " "
            if state.hits.count >= App.searchLimit { right = "best \(state.hits.count) hits " }
        }
        let rightX = w - DisplayWidth.of(right)
        screen.put(TextFit.fit(" Library search · " + rootsLabel, max(1, rightX - 1)), x: 0, y: 0, role: .paneTitleFocused, maxX: rightX - 1)
        screen.put(right, x: rightX, y: 0, role: .paneTitleFocused)

        // The prompt row.
        screen.fill(Rect(x: 0, y: 1, width: w, height: 1), role: state.isEditing ? .prompt : .status)
        let label = "Search: "
        var x = screen.put(label, x: 0, y: 1, role: state.isEditing ? .prompt : .status)
        let shown = state.isEditing ? TextFit.tail(state.prompt, w - 1 - x) : TextFit.fit(state.prompt, w - 1 - x)
        x = screen.put(shown, x: x, y: 1, role: state.isEditing ? .prompt : .statusAccent, maxX: w - 1)
        var cursor = Point(x: min(x, w - 1), y: 1)

        let textX = 4
        let snippetWidth = max(1, w - textX - 1)
        for r in 0..<state.visibleHits {
            let i = state.top + r
            guard i < state.hits.count else { break }
            let hit = state.hits[i]
            let y = listY + r * LibrarySearchState.rowsPerHit
            guard y + 1 < size.height - 2 else { break }
            let selected = i == state.selected
            if selected {
                screen.fill(Rect(x: 0, y: y, width: w, height: min(LibrarySearchState.rowsPerHit - 1, size.height - 2 - y)), role: .selection)
                if !state.isEditing { cursor = Point(x: 0, y: y) }
                screen.put("›", x: 0, y: y, role: .selection)
            }
            screen.put(TextFit.right(String(i + 1), 2), x: 1, y: y, role: selected ? .selection : .lineNumber)
            var hx = screen.put(TextFit.fit(hit.title, max(8, (w - textX) * 3 / 5)), x: textX, y: y, role: selected ? .selection : .heading, maxX: w - 1)
            let heading = "§\(hit.section + 1)" + (hit.placeName.map { " " + $0 } ?? "")
            hx = screen.put(" · ", x: hx, y: y, role: selected ? .selection : .dropped, maxX: w - 1)
            screen.put(TextFit.fit(heading, max(1, w - 1 - hx)), x: hx, y: y, role: selected ? .selection : .dropped, maxX: w - 1)
            let snippet = SnippetLines(hit, width: snippetWidth, rows: LibrarySearchState.snippetRows)
            for (k, line) in snippet.lines.enumerated() where y + 1 + k < size.height - 2 {
                let marks = line.marks.map { Segments.Mark(range: $0.range, role: selected ? .currentHit : .searchHit) }
                Segments.draw(line.text, x: textX, y: y + 1 + k, maxX: w - 1, base: selected ? .selection : .text, marks: marks, into: &screen)
            }
        }
        if state.hits.isEmpty, state.pending == nil, state.shownQuery == nil {
            let guide = "Words (all must match), \"a phrase\", prefix*, a OR b, -word, "
                + "person:\"Name\" place:Kursk org:Nis source:ministero. "
                + "Accents and case are ignored. Enter searches, Esc closes."
            let width = max(1, min(w - 4, 72))
            for (k, r) in Wrapper.wrap(guide, width: width).enumerated() where listY + 1 + k < size.height - 2 {
                let u = guide.utf8
                let line = guide[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
                screen.put(line, x: 2, y: listY + 1 + k, role: .dropped, maxX: w - 1)
            }
        }
        if let hit = state.selectedHit, !state.isEditing || state.pending == nil {
            screen.put(TextFit.fit(" " + hit.path, w), x: 0, y: size.height - 2, role: .lineNumber)
        }
        drawStatus(state, opening: opening, y: size.height - 1, into: &screen)
        screen.cursor = cursor
        if let help = state.help { screen.cursor = LibraryHelp.draw(help, into: &screen) }
        return screen
    }

    static func drawStatus(_ state: LibrarySearchState, opening: String?, y: Int, into screen: inout Screen) {
        let w = state.size.width
        screen.fill(Rect(x: 0, y: y, width: w, height: 1), role: .status)
        var left: (String, Role)?
        if let opening { left = ("Opening " + opening + "…", .statusAccent) }
        else if let e = state.error { left = (e, .notice) }
        else if let note = state.note, state.pending == nil { left = (note, .statusAccent) }
        else if state.pending != nil {
            if state.indexState == .updating, state.indexTotal > 0 {
                left = ("indexing \(LibraryList.grouped(state.indexDone)) / \(LibraryList.grouped(state.indexTotal)) · the search runs when it is done", .statusAccent)
            } else {
                left = ("searching…", .statusAccent)
            }
        } else if state.indexState == .updating, state.indexTotal > 0 {
            left = ("indexing \(LibraryList.grouped(state.indexDone)) / \(LibraryList.grouped(state.indexTotal))", .status)
        } else if case .failed(let m) = state.indexState {
            left = (m, .notice)
        }
        let hint = state.isEditing
            ? (w >= 90 ? "Enter search · ↓ results · Esc close · ? help " : "Enter search · Esc close ")
            : (w >= 90 ? "Enter open · j k move · / edit · Esc close · ? help " : "Enter open · Esc close ")
        let leftWidth = left.map { DisplayWidth.of($0.0) + 2 } ?? 0
        if let (text, role) = left { screen.put(" " + TextFit.fit(text, w - 2), x: 0, y: y, role: role, maxX: w) }
        if leftWidth + DisplayWidth.of(hint) <= w { screen.put(hint, x: w - DisplayWidth.of(hint), y: y, role: .status) }
    }
}
