/// Draws a whole `ReaderState`: panes by the geometry, separators, status line, overlays,
/// and where the cursor goes.
enum Renderer {
    static func render(_ state: ReaderState, overlayMode: String? = nil) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let g = state.geometry
        if g.arrangement == .tooSmall {
            drawTooSmall(state.size, into: &screen)
            return screen
        }
        var cursor: Point?
        if let tabs = g.tabs { TabBar.draw(state, in: tabs, into: &screen) }
        for sep in g.separators {
            for y in sep.y..<sep.maxY { screen.put("│", x: sep.x, y: y, role: .border) }
        }
        if let r = g.panes[.article] {
            let c = ArticlePane.draw(state, in: r, into: &screen)
            if state.focus == .article { cursor = c }
        }
        if let r = g.panes[.source] {
            let c = SourcePane.draw(state, in: r, into: &screen)
            if state.focus == .source { cursor = c }
        }
        if let r = g.panes[.facts] {
            let c = FactsPane.draw(state, in: r, into: &screen)
            if state.focus == .facts { cursor = c }
        }
        let promptCursor = StatusLine.draw(state, overlayMode: overlayMode, in: g.status, into: &screen)
        switch state.mode {
        case .reading: break
        case .searchPrompt: cursor = promptCursor
        case .tableOfContents(let contents): cursor = ContentsOverlay.draw(contents, of: state, into: &screen)
        case .help(let help): cursor = HelpOverlay.draw(help, into: &screen)
        }
        screen.cursor = cursor
        return screen
    }

    static func drawTooSmall(_ size: Size, into screen: inout Screen) {
        guard size.height > 0, size.width > 0 else { return }
        let m = Geometry.minimum
        screen.put("Too small", x: 0, y: 0, role: .notice)
        if size.height > 1 { screen.put("\(size.width)x\(size.height) < \(m.width)x\(m.height)", x: 0, y: 1, role: .text) }
        if size.height > 2 { screen.put("q quits", x: 0, y: 2, role: .text) }
        screen.cursor = Point(x: 0, y: 0)
    }

    /// Draws a pane's title row: reversed across the pane, brighter when focused.
    static func drawTitle(_ text: String, in rect: Rect, focused: Bool, into screen: inout Screen) {
        let role: Role = focused ? .paneTitleFocused : .paneTitle
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        screen.put(" " + text, x: rect.x, y: rect.y, role: role, maxX: rect.maxX)
    }

    /// A box with a border and a title, cleared inside.
    static func drawBox(_ box: Rect, title: String, into screen: inout Screen) {
        screen.fill(box, role: .overlay)
        guard box.width >= 2, box.height >= 2 else { return }
        let inner = max(0, box.width - 2)
        // An open box has the focus: its border is the focus border.
        screen.put("┌" + String(repeating: "─", count: inner) + "┐", x: box.x, y: box.y, role: .borderFocused)
        screen.put("└" + String(repeating: "─", count: inner) + "┘", x: box.x, y: box.maxY - 1, role: .borderFocused)
        for y in (box.y + 1)..<(box.maxY - 1) {
            screen.put("│", x: box.x, y: y, role: .borderFocused)
            screen.put("│", x: box.maxX - 1, y: y, role: .borderFocused)
        }
        screen.put(" " + title + " ", x: box.x + 2, y: box.y, role: .overlayTitle, maxX: box.maxX - 2)
    }
}

/// The narrow arrangement's tab row: one tab per pane that can be shown. When the full
/// labels do not fit the row, every tab is abbreviated (Art, Src, Facts; then A, S, F).
enum TabBar {
    static func hitRanges(_ state: ReaderState) -> [(Pane, Range<Int>)] {
        tabs(state).map { ($0.pane, $0.range) }
    }

    /// Each tab's pane, label and columns, with the longest labels that fit the row.
    static func tabs(_ state: ReaderState) -> [(pane: Pane, label: String, range: Range<Int>)] {
        let panes = state.focusablePanes
        let width = state.geometry.tabs?.width ?? state.size.width
        let forms = panes.first?.tabLabels.indices ?? 0..<0
        var out: [(pane: Pane, label: String, range: Range<Int>)] = []
        for form in forms {
            out = []
            var x = 0
            for p in panes {
                let label = p.tabLabels[form]
                let w = DisplayWidth.of(label) + 2
                out.append((p, label, x..<(x + w)))
                x += w + 1
            }
            if (out.last?.range.upperBound ?? 0) <= width { break }
        }
        return out
    }

    static func draw(_ state: ReaderState, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, role: .paneTitle)
        for (p, label, r) in tabs(state) {
            let role: Role = p == state.focus ? .paneTitleFocused : .paneTitle
            screen.put(" " + label + " ", x: rect.x + r.lowerBound, y: rect.y, role: role, maxX: rect.maxX)
            if rect.x + r.upperBound < rect.maxX { screen.put("│", x: rect.x + r.upperBound, y: rect.y, role: .paneTitle) }
        }
    }
}
