/// Draws a whole `ReaderState`: panes by the geometry, separators, status line, overlays,
/// and where the cursor goes. Each widget is handed its own slice of the state
/// (`ReaderState+Widgets.swift`) and a rectangle.
enum Renderer {
    static func render(_ state: ReaderState, overlay: OverlayMode? = nil) -> Screen {
        var screen = Screen(width: state.size.width, height: state.size.height)
        let g = state.geometry
        if g.arrangement == .tooSmall {
            drawTooSmall(state.size, into: &screen)
            return screen
        }
        var cursor: Point?
        if let tabs = g.tabs { state.tabBar.draw(in: tabs, into: &screen) }
        for sep in g.separators {
            for y in sep.y..<sep.maxY { screen.put("│", x: sep.x, y: y, role: .border) }
        }
        if let r = g.panes[.article] {
            let c = state.articlePane.draw(in: r, into: &screen)
            if state.focus == .article { cursor = c }
        }
        if let r = g.panes[.source] {
            let c = state.sourcePane.draw(in: r, into: &screen)
            if state.focus == .source { cursor = c }
        }
        if let r = g.panes[.facts] {
            let c = state.factsPane.draw(in: r, into: &screen)
            if state.focus == .facts { cursor = c }
        }
        let promptCursor = state.statusLine(overlay: overlay).draw(in: g.status, into: &screen)
        switch state.mode {
        case .reading: break
        case .searchPrompt: cursor = promptCursor
        case .tableOfContents(let contents): cursor = state.contentsOverlay(contents).draw(into: &screen)
        case .help(let help):
            // The help covers the top row: the tab row's ends beside it would be pieces of
            // tabs (a lone `│`, a reversed cell), so the row is cleared first.
            if let tabs = g.tabs { screen.fill(tabs, role: .text) }
            cursor = HelpOverlay.draw(help, into: &screen)
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
