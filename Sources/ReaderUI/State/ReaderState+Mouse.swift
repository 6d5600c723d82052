/// The mouse in the reader: the wheel scrolls the pane under it, a click focuses a pane or a
/// tab and selects a fact; over an overlay, the overlay takes it.
extension ReaderState {
    mutating func handleMouse(_ m: MouseEvent) {
        switch mode {
        case .tableOfContents(let c): return contents(.mouse(m), c)
        case .help(let h): return help(.mouse(m), h)
        case .reading, .searchPrompt: break
        }
        if let tabs = geometry.tabs, tabs.contains(x: m.x, y: m.y), m.kind == .click {
            for (pane, range) in tabBar.hitRanges where range.contains(m.x) {
                focus = pane
                returnFocus = nil
                refit()
                syncSource()
            }
            return
        }
        guard let pane = geometry.pane(atX: m.x, y: m.y) else { return }
        switch m.kind {
        case .wheelUp, .wheelDown:
            let d = m.kind == .wheelUp ? -3 : 3
            if pane == .facts {
                facts.scroll(by: d, height: factRows)
            } else {
                scroll(pane, by: d)
            }
        case .click:
            focus = pane
            returnFocus = nil
            if pane == .facts, let content = geometry.content(.facts), m.y >= content.y {
                facts.click(row: m.y - content.y)
            }
        }
    }
}
