/// The reader's layout: fitting the panes to the screen, keeping the reading position through
/// a resize, and the scroll limits every move is clamped to.
extension ReaderState {
    /// A new screen size: the panes laid out again at the same reading position. A taller
    /// pane near the end shows the last page, not blank rows under it; the position it could
    /// not keep is held for the next resize.
    mutating func resize(to newSize: Size) {
        let anchor = heldAnchor ?? readingAnchor()
        size = newSize
        refit()
        if let held = heldAnchor { articleTop = articleLayout.row(block: held.block, offset: held.offset) }
        heldAnchor = articleTop > maxArticleTop ? anchor : nil
        articleTop = min(articleTop, maxArticleTop)
        syncSource()
        switch mode {
        case .tableOfContents(let c): mode = .tableOfContents(Contents.update(c, .resize(newSize)).0)
        case .help(let h): mode = .help(Help.update(h, .resize(newSize)).0)
        case .reading, .searchPrompt: break
        }
    }

    /// Recomputes the geometry and, when a pane's width changed, its layout, keeping the
    /// reading position.
    mutating func refit() {
        geometry = Geometry(size: size, showFacts: showFacts, showSource: showSource, focus: focus)
        if geometry.arrangement == .narrow, geometry.panes[focus] == nil { focus = .article }
        let anchor = readingAnchor()
        let document = document
        if articleLayouts.fit(width: geometry.articleTextWidth, make: { ArticleLayout(document: document, width: $0) }),
           let anchor {
            articleTop = articleLayout.row(block: anchor.block, offset: anchor.offset)
        }
        if geometry.panes[.source] != nil { sourcePanel.fit(width: geometry.sourceWidth, article: article) }
        clampScrolls()
    }

    func readingAnchor() -> TextAnchor? {
        guard articleTop < articleLayout.lines.count else { return nil }
        var r = articleTop
        while r < articleLayout.lines.count, articleLayout.lines[r].isBlank { r += 1 }
        guard r < articleLayout.lines.count else { return nil }
        let line = articleLayout.lines[r]
        return TextAnchor(block: Int(line.block), offset: Int(line.start))
    }

    var maxArticleTop: Int { max(0, articleLayout.lines.count - articleRows) }

    /// How far the article may scroll: to the last page, or further when a section jump put a
    /// late section's heading at the top of a short article.
    var articleTopLimit: Int { max(maxArticleTop, articleLayout.sectionFirstLine.last ?? 0) }

    mutating func clampScrolls() {
        articleTop = max(0, min(articleTop, articleTopLimit))
        sourcePanel.clamp(rows: sourceRows)
        facts.clamp(height: factRows)
    }

    /// Scrolls the source panel so the focus span is in view (a third of the way down when it
    /// has to move).
    mutating func syncSource() {
        guard sourceRows > 0, let span = focusSpan else { return }
        sourcePanel.show(span, rows: sourceRows, in: article.source)
        clampScrolls()
    }

    /// Moves the article so `row` is in view, a third of the way down when it has to move.
    mutating func reveal(articleRow row: Int) {
        if row < articleTop || row >= articleTop + max(1, articleRows) {
            articleTop = row - max(1, articleRows) / 3
        }
        clampScrolls()
    }
}
