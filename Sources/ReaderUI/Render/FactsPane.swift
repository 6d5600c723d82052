/// The facts sidebar: groups with counts, one row per fact, facts of the section being read
/// marked, the selected fact reversed. Holds only what it draws; the renderer cuts it from
/// the reader's state.
struct FactsPane {
    /// The facts, nil while they are being extracted.
    var list: FactList?
    /// The first row of the list shown.
    var top: Int
    /// The selected fact: an index into `list.items`.
    var selected: Int
    /// The section being read: its facts are marked and counted in the title.
    var section: Int
    /// Whether the pane has a title row (not under a tab row).
    var titled: Bool
    var focused: Bool

    /// Draws the pane into `rect` and returns the cursor position (the selected fact).
    func draw(in rect: Rect, into screen: inout Screen) -> Point {
        var content = rect
        if titled {
            let title: String
            if let list {
                let here = list.count(inSection: section)
                title = "Facts · \(list.items.count) · \(here) in §\(section + 1)"
            } else {
                title = "Facts · extracting…"
            }
            Renderer.drawTitle(title, in: rect, focused: focused, into: &screen)
            content = rect.droppingTop(1)
        }
        var cursor = Point(x: content.x, y: content.y)
        guard let list else {
            screen.put("Extracting facts…", x: content.x + 1, y: content.y, role: .dropped, maxX: content.maxX)
            return cursor
        }
        // A huge article: facts come from its first 8 MiB (`FactLimits.textBytes`).
        if let note = list.unreadNote, content.height > 1 {
            screen.put(note, x: content.x + 1, y: content.y, role: .dropped, maxX: content.maxX)
            content = content.droppingTop(1)
        }
        guard !list.rows.isEmpty else {
            screen.put("No facts found", x: content.x + 1, y: content.y, role: .dropped, maxX: content.maxX)
            return cursor
        }
        for r in 0..<content.height {
            let i = top + r
            guard i < list.rows.count else { break }
            let y = content.y + r
            switch list.rows[i] {
            case .header(let group, let count):
                // Facts past the limit are counted, not listed: "Figures (2000, 850 more counted)".
                let more = list.unlisted[group].map { ", \($0) more counted" } ?? ""
                screen.put("\(group.rawValue) (\(count)\(more))", x: content.x + 1, y: y, role: .groupHeader, maxX: content.maxX)
            case .item(let k):
                let item = list.items[k]
                let selected = k == self.selected
                let here = item.sections.contains(section)
                if selected {
                    screen.fill(Rect(x: content.x, y: y, width: content.width, height: 1), role: .selection)
                    cursor = Point(x: content.x + 3, y: y)
                }
                screen.put(here ? "▸" : " ", x: content.x + 1, y: y, role: selected ? .selection : .factMark)
                // A name that does not fit ends with … and keeps its count.
                let count = item.mentionCount > 1 ? " ×\(item.mentionCount)" : ""
                let room = content.maxX - content.x - 3
                let label = TextFit.fit(item.label, max(1, room - DisplayWidth.of(count))) + count
                screen.put(label, x: content.x + 3, y: y, role: selected ? .selection : Self.role(of: item.group), maxX: content.maxX)
            }
        }
        return cursor
    }

    /// Each kind of fact in its own style.
    static func role(of group: FactList.Group) -> Role {
        switch group {
        case .figures: .factFigure
        case .dates: .factDate
        case .people: .factPerson
        case .places: .factPlace
        case .organizations: .factOrganisation
        case .sources: .factSource
        }
    }
}
