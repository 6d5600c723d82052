/// The facts sidebar: groups with counts, one row per fact, facts of the section being read
/// marked, the selected fact reversed. Returns the cursor position (the selected fact).
enum FactsPane {
    static func draw(_ state: ReaderState, in rect: Rect, into screen: inout Screen) -> Point {
        let list = state.factList
        var content = rect
        if state.geometry.arrangement != .narrow {
            let title: String
            if state.facts == nil {
                title = "Facts · extracting…"
            } else {
                let here = list.count(inSection: state.currentSection)
                title = "Facts · \(list.items.count) · \(here) in §\(state.currentSection + 1)"
            }
            Renderer.drawTitle(title, in: rect, focused: state.focus == .facts, into: &screen)
            content = rect.droppingTop(1)
        }
        var cursor = Point(x: content.x, y: content.y)
        guard state.facts != nil else {
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
        let section = state.currentSection
        for r in 0..<content.height {
            let i = state.factsTop + r
            guard i < list.rows.count else { break }
            let y = content.y + r
            switch list.rows[i] {
            case .header(let group, let count):
                // Facts past the limit are counted, not listed: "Figures (2000, 850 more counted)".
                let more = list.unlisted[group].map { ", \($0) more counted" } ?? ""
                screen.put("\(group.rawValue) (\(count)\(more))", x: content.x + 1, y: y, role: .groupHeader, maxX: content.maxX)
            case .item(let k):
                let item = list.items[k]
                let selected = k == state.factSelected
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
                screen.put(label, x: content.x + 3, y: y, role: selected ? .selection : role(of: item.group), maxX: content.maxX)
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
