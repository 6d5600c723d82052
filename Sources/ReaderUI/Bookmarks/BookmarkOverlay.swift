import LibraryKit

/// Draws the open article's bookmark list (`'`): line and the words there, the selected one
/// highlighted.
enum BookmarkOverlay {
    /// What the status line says while the list is open.
    static let mode = OverlayMode(name: "BOOKMARKS", keys: "Enter goes · Esc closes")

    static func draw(_ list: BookmarkListState, size: Size, into screen: inout Screen) -> Point {
        let marks = list.marks
        let w = min(size.width - 2, 72)
        let h = min(size.height - 2, marks.count + 2)
        let box = Rect(x: (size.width - w) / 2, y: max(0, (size.height - 1 - h) / 2), width: w, height: h)
        Renderer.drawBox(box, title: "Bookmarks · Enter goes · d deletes · Esc closes", into: &screen)
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        let top = max(0, list.selected - inner.height + 1)
        var cursor = Point(x: inner.x, y: inner.y)
        for r in 0..<inner.height {
            let i = top + r
            guard i < marks.count else { break }
            let y = inner.y + r
            let selected = i == list.selected
            if selected {
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
                cursor = Point(x: inner.x + 1, y: y)
            }
            let line = "line \(marks[i].line)"
            let x = screen.put(TextFit.right(line, 10), x: inner.x + 1, y: y, role: selected ? .selection : .lineNumber, maxX: inner.maxX)
            // The words there, cut with `…` to the room left (not in the middle of a word unmarked).
            let label = TextFit.fit(marks[i].label, inner.maxX - 1 - x - 2)
            screen.put("  " + label, x: x, y: y, role: selected ? .selection : .overlay, maxX: inner.maxX - 1)
        }
        return cursor
    }
}
