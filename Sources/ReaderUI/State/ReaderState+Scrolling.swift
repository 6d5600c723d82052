/// Moving through the article and between panes: scrolling the focused pane, Tab between
/// panes, going to a section.
extension ReaderState {
    func rows(of pane: Pane) -> Int {
        switch pane {
        case .article: articleRows
        case .source: sourceRows
        case .facts: factRows
        }
    }

    /// The panes that can take focus, in Tab order.
    var focusablePanes: [Pane] {
        var out: [Pane] = [.article]
        if showSource, geometry.arrangement == .narrow || geometry.panes[.source] != nil { out.append(.source) }
        if showFacts, geometry.arrangement == .narrow || geometry.panes[.facts] != nil { out.append(.facts) }
        return out
    }

    mutating func cycleFocus(_ step: Int) {
        let panes = focusablePanes
        let i = panes.firstIndex(of: focus) ?? 0
        if let back = returnFocus, focus == .article, panes.contains(back) {
            focus = back
        } else {
            focus = panes[(i + step + panes.count) % panes.count]
        }
        returnFocus = nil
        refit()
        syncSource()
    }

    mutating func scroll(_ pane: Pane, by delta: Int) {
        switch pane {
        case .article:
            let before = articleTop
            // Scrolling down stops at the last page (or where a section jump left the view).
            let limit = delta > 0 ? max(maxArticleTop, articleTop) : articleTopLimit
            articleTop = max(0, min(limit, articleTop + delta.clampedForAdd(articleTop)))
            if articleTop != before, highlight.map({ h in !isVisible(h) }) ?? false { highlight = nil }
            syncSource()
        case .source:
            sourcePanel.scroll(by: delta, rows: sourceRows)
        case .facts:
            guard !facts.items.isEmpty else { return }
            facts.move(by: delta, height: factRows)
            clampScrolls()
        }
    }

    func isVisible(_ h: Highlight) -> Bool {
        guard let b = h.block, let r = h.range else { return false }
        let row = articleLayout.row(block: b, offset: r.lowerBound)
        return row >= articleTop && row < articleTop + articleRows
    }

    mutating func goToSection(_ index: Int) {
        guard document.sectionCount > 0 else { return }
        let i = max(0, min(index, document.sectionCount - 1))
        if index >= document.sectionCount { message = "Last section" }
        if index < 0 { articleTop = 0 } else { articleTop = articleLayout.sectionFirstLine[i] }
        highlight = nil
        clampScrolls()
        syncSource()
    }
}

extension Int {
    /// `self` limited so that adding it to `base` cannot overflow.
    func clampedForAdd(_ base: Int) -> Int {
        Swift.max(-base - 1, Swift.min(self, Int.max - base - 1))
    }
}
