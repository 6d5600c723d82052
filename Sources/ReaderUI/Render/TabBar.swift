/// The narrow arrangement's tab row: one tab per pane that can be shown. When the full
/// labels do not fit the row, every tab is abbreviated (Art, Src, Facts; then A, S, F).
struct TabBar {
    /// The panes with a tab, in order.
    var panes: [Pane]
    var focus: Pane
    /// The row's width.
    var width: Int

    /// Each tab's pane and columns, for a click.
    var hitRanges: [(Pane, Range<Int>)] {
        tabs.map { ($0.pane, $0.range) }
    }

    /// Each tab's pane, label and columns, with the longest labels that fit the row.
    var tabs: [(pane: Pane, label: String, range: Range<Int>)] {
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

    func draw(in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, role: .paneTitle)
        for (p, label, r) in tabs {
            let role: Role = p == focus ? .paneTitleFocused : .paneTitle
            screen.put(" " + label + " ", x: rect.x + r.lowerBound, y: rect.y, role: role, maxX: rect.maxX)
            if rect.x + r.upperBound < rect.maxX { screen.put("│", x: rect.x + r.upperBound, y: rect.y, role: .paneTitle) }
        }
    }
}
