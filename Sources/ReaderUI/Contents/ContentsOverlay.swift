/// Draws the table of contents: each section with its words and facts, the current one selected.
struct ContentsOverlay {
    var contents: ContentsState
    /// The sections: titles, dates and words.
    var document: ReaderDocument
    /// The facts, nil while they are being extracted (no count is shown).
    var facts: FactList?

    /// The box, centred between the top row (the tab row or the panes' titles, kept in view)
    /// and the status line.
    static func box(size: Size, entries: Int) -> Rect {
        let w = min(size.width - 2, 72)
        let h = min(size.height - 2, entries + 2)
        return Rect(x: (size.width - w) / 2, y: max(1, (size.height - 1 - h) / 2), width: w, height: h)
    }

    /// Draws the box centred on the screen and returns the cursor position (the selected section).
    func draw(into screen: inout Screen) -> Point {
        let doc = document
        let box = Self.box(size: contents.size, entries: doc.sectionCount)
        Renderer.drawBox(box, title: "Contents · " + TextFit.counted(doc.sectionCount, "section"), into: &screen)
        var cursor = Point(x: box.x + 1, y: box.y + 1)
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        for r in 0..<inner.height {
            let i = contents.top + r
            guard i < doc.sectionCount else { break }
            let y = inner.y + r
            let selected = i == contents.selected
            let role: Role = selected ? .selection : .overlay
            if selected {
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
                cursor = Point(x: inner.x + 1, y: y)
            }
            var info = TextFit.counted(doc.sectionWords(i), "word")
            if let date = doc.article.sections[i].date { info = date + " · " + info }
            if let facts { info += " · " + TextFit.counted(facts.count(inSection: i), "fact") }
            let infoWidth = DisplayWidth.of(info)
            let label = String(i + 1).leftPadded(to: 2) + "  " + doc.sectionTitle(i)
            let room = inner.width - infoWidth - 2
            if room >= 8 {
                screen.put(TextFit.fit(label, room - 1), x: inner.x + 1, y: y, role: role)
                screen.put(info, x: inner.maxX - infoWidth - 1, y: y, role: selected ? .selection : .dropped, maxX: inner.maxX)
            } else {
                screen.put(TextFit.fit(label, inner.width - 1), x: inner.x + 1, y: y, role: role)
            }
        }
        return cursor
    }
}

extension String {
    func leftPadded(to n: Int) -> String {
        count >= n ? self : String(repeating: " ", count: n - count) + self
    }
}
