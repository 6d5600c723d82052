import ArticleKit

/// The reader's logic as pure functions: `start` opens an article, `update` turns an event into
/// the next state plus effects for the run loop, `render` draws a state into a `Screen`.
public enum Reader {
    /// The state for a newly opened article and the work to start (fact extraction).
    public static func start(document: ReaderDocument, size: Size) -> (ReaderState, [Effect]) {
        var s = ReaderState(document: document, size: size)
        s.refit()
        s.syncSource()
        return (s, [.loadFacts])
    }

    public static func update(_ state: ReaderState, _ event: Event) -> (ReaderState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        s.message = nil
        switch event {
        case .resize(let size):
            let anchor = s.heldAnchor ?? s.readingAnchor()
            s.size = size
            s.refit()
            if let held = s.heldAnchor { s.articleTop = s.articleLayout.row(block: held.block, offset: held.offset) }
            // A taller pane near the end shows the last page, not blank rows under it; the
            // position it could not keep is held for the next resize.
            s.heldAnchor = s.articleTop > s.maxArticleTop ? anchor : nil
            s.articleTop = min(s.articleTop, s.maxArticleTop)
            s.syncSource()
        case .factsLoaded(let facts):
            s.facts = facts
            s.factList = FactList(facts)
            s.factSelected = 0
            s.factsTop = 0
        case .redraw:
            effects.append(.fullRedraw)
        case .mouse(let m):
            s.heldAnchor = nil
            s.handleMouse(m)
        case .key(let key):
            s.heldAnchor = nil
            switch s.mode {
            case .reading: s.handleReading(key, &effects)
            case .searchPrompt: s.handlePrompt(key)
            case .tableOfContents: s.handleTableOfContents(key)
            case .help: s.handleHelp(key)
            }
        }
        return (s, effects)
    }

    public static func render(_ state: ReaderState) -> Screen {
        Renderer.render(state)
    }
}

extension ReaderState {
    // MARK: Layout

    /// Recomputes the geometry and, when a pane's width changed, its layout, keeping the
    /// reading position.
    mutating func refit() {
        geometry = Geometry(size: size, showFacts: showFacts, showSource: showSource, focus: focus)
        if geometry.arrangement == .narrow, geometry.panes[focus] == nil { focus = .article }
        let width = geometry.articleTextWidth
        if articleLayout.width != width {
            let anchor = readingAnchor()
            articleCache[articleLayout.width] = articleLayout
            articleLayout = articleCache[width] ?? ArticleLayout(document: document, width: width)
            if articleCache.count > 4 { articleCache.removeAll() }
            if let (b, off) = anchor { articleTop = articleLayout.row(block: b, offset: off) }
        }
        let sw = geometry.sourceWidth
        if sourceLayout.width != sw, geometry.panes[.source] != nil {
            sourceCache[sourceLayout.width] = sourceLayout
            sourceLayout = sourceCache[sw] ?? SourceLayout(article: article, width: sw)
            if sourceCache.count > 4 { sourceCache.removeAll() }
        }
        clampScrolls()
    }

    func readingAnchor() -> (Int, Int)? {
        guard articleTop < articleLayout.lines.count else { return nil }
        var r = articleTop
        while r < articleLayout.lines.count, articleLayout.lines[r].isBlank { r += 1 }
        guard r < articleLayout.lines.count else { return nil }
        let line = articleLayout.lines[r]
        return (Int(line.block), Int(line.start))
    }

    var maxArticleTop: Int { max(0, articleLayout.lines.count - articleRows) }
    var maxSourceTop: Int { max(0, sourceLayout.rows.count - sourceRows) }

    /// How far the article may scroll: to the last page, or further when a section jump put a
    /// late section's heading at the top of a short article.
    var articleTopLimit: Int { max(maxArticleTop, articleLayout.sectionFirstLine.last ?? 0) }

    mutating func clampScrolls() {
        articleTop = max(0, min(articleTop, articleTopLimit))
        sourceTop = max(0, min(sourceTop, maxSourceTop))
        factsTop = max(0, min(factsTop, max(0, factList.rows.count - factRows)))
    }

    /// Scrolls the source panel so the focus span is in view (a third of the way down when it
    /// has to move).
    mutating func syncSource() {
        guard sourceRows > 0, let span = focusSpan else { return }
        let first = sourceLayout.row(forOffset: span.start, in: article.source)
        let last = sourceLayout.row(forOffset: max(span.start, span.end - 1), in: article.source)
        if first < sourceTop || last >= sourceTop + sourceRows {
            // Include a dropped-block label just above, when there is one.
            sourceTop = max(0, first - sourceRows / 3)
            if last - first < sourceRows, last >= sourceTop + sourceRows { sourceTop = last - sourceRows + 1 }
        }
        clampScrolls()
    }

    /// Moves the article so `row` is in view, a third of the way down when it has to move.
    mutating func reveal(articleRow row: Int) {
        if row < articleTop || row >= articleTop + max(1, articleRows) {
            articleTop = row - max(1, articleRows) / 3
        }
        clampScrolls()
    }

    // MARK: Reading mode

    mutating func handleReading(_ key: Key, _ effects: inout [Effect]) {
        guard let action = KeyMap.reading.action(for: key) else { return }
        perform(action, &effects)
    }

    mutating func perform(_ action: Action, _ effects: inout [Effect]) {
        let page = max(1, rows(of: focus) - 1)
        switch action {
        case .lineDown: scroll(focus, by: 1)
        case .lineUp: scroll(focus, by: -1)
        case .pageDown: scroll(focus, by: page)
        case .pageUp: scroll(focus, by: -page)
        case .halfPageDown: scroll(focus, by: max(1, page / 2))
        case .halfPageUp: scroll(focus, by: -max(1, page / 2))
        case .top: scroll(focus, by: Int.min / 2)
        case .bottom: scroll(focus, by: Int.max / 2)
        case .tableLeft: shiftTable(by: -1)
        case .tableRight: shiftTable(by: 1)
        case .nextSection: goToSection(currentSection + 1)
        case .previousSection:
            let cur = currentSection
            let start = cur < articleLayout.sectionFirstLine.count ? articleLayout.sectionFirstLine[cur] : 0
            goToSection(articleTop > start ? cur : cur - 1)
        case .section(let n):
            if n <= document.sectionCount { goToSection(n - 1) } else { message = "There is no section \(n) (\(TextFit.counted(document.sectionCount, "section")))" }
        case .tableOfContents:
            guard document.sectionCount > 0 else { message = "This article has no sections"; return }
            mode = .tableOfContents
            tocSelected = min(currentSection, document.sectionCount - 1)
            tocTop = max(0, tocSelected - 3)
        case .search:
            mode = .searchPrompt
            prompt = ""
            if searchIndex == nil { searchIndex = SearchIndex(texts: document.blocks.map(\.text)) }
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .help:
            mode = .help
            helpTop = 0
        case .toggleFacts:
            returnFocus = nil
            showFacts.toggle()
            if !showFacts, focus == .facts { focus = .article }
            if showFacts, geometry.arrangement == .narrow { focus = .facts }
            refit()
            syncSource()
        case .toggleSource:
            returnFocus = nil
            showSource.toggle()
            if !showSource, focus == .source { focus = .article }
            if showSource, geometry.arrangement == .narrow { focus = .source }
            refit()
            syncSource()
        case .focusNext: cycleFocus(1)
        case .focusPrevious: cycleFocus(-1)
        case .activate:
            if focus == .facts { goToMentionInView() }
        case .cancel:
            if let back = returnFocus, focus == .article {
                // Back to the list of facts the jump came from, the mention still highlighted.
                returnFocus = nil
                focus = back
                refit()
                return
            }
            search = nil
            highlight = nil
            syncSource()
        case .redraw:
            effects.append(.fullRedraw)
        case .nextTheme:
            if let name = themes.advance() {
                effects.append(.applyTheme(name))
                message = "Theme \(themes.position): \(name)"
            } else {
                message = "No other theme to switch to (theme: \(themes.current))"
            }
        case .app:
            // Library, history and bookmark keys: handled by `App` before the reader sees them.
            break
        case .quit:
            effects.append(.quit)
        }
    }

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
            sourceTop = max(0, min(maxSourceTop, sourceTop + delta.clampedForAdd(sourceTop)))
        case .facts:
            guard !factList.items.isEmpty else { return }
            let n = factList.items.count
            let step = abs(delta) > n ? (delta > 0 ? n : -n) : delta
            factSelected = max(0, min(n - 1, factSelected + step))
            revealSelectedFact()
        }
    }

    func isVisible(_ h: Highlight) -> Bool {
        guard let b = h.block, let r = h.range else { return false }
        let row = articleLayout.row(block: b, offset: r.lowerBound)
        return row >= articleTop && row < articleTop + articleRows
    }

    mutating func revealSelectedFact() {
        guard factSelected < factList.itemRow.count else { return }
        var row = factList.itemRow[factSelected]
        // Show the group header with the first item of a group.
        if row > 0, case .header = factList.rows[row - 1] { row -= 1 }
        let h = max(1, factRows)
        if row < factsTop { factsTop = row }
        if factList.itemRow[factSelected] >= factsTop + h { factsTop = factList.itemRow[factSelected] - h + 1 }
        clampScrolls()
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

    // MARK: Search

    mutating func handlePrompt(_ key: Key) {
        if let action = KeyMap.prompt.action(for: key) {
            switch action {
            case .activate:
                mode = .reading
                if prompt.isEmpty {
                    // An empty query repeats the last search, as in less.
                    if search != nil { stepMatch(1) }
                    return
                }
                runSearch()
                guard let found = search, !found.matches.isEmpty else {
                    message = "Pattern not found: " + prompt
                    return
                }
                let from = readingAnchor().map { Match(block: $0.0, start: $0.1, end: $0.1) }
                let first = from.flatMap { f in found.matches.firstIndex { ($0.block, $0.start) >= (f.block, f.start) } } ?? 0
                goToMatch(first)
            case .lineUp:
                if !prompt.isEmpty { prompt.removeLast() }
                runSearch()
            case .cancel:
                mode = .reading
                search = nil
                highlight = nil
                prompt = ""
                syncSource()
            default:
                break
            }
            return
        }
        if case .char(let c) = key {
            prompt.append(c)
            runSearch()
        }
    }

    /// Finds the prompt's matches as the reader types (they are highlighted at once).
    mutating func runSearch() {
        guard !prompt.isEmpty else {
            search = nil
            return
        }
        if searchIndex == nil { searchIndex = SearchIndex(texts: document.blocks.map(\.text)) }
        let matches = searchIndex!.matches(prompt)
        search = SearchState(query: prompt, matches: matches, current: nil)
    }

    mutating func stepMatch(_ step: Int) {
        guard let s = search else {
            message = "No search yet: press / to search"
            return
        }
        guard !s.matches.isEmpty else {
            message = "Pattern not found: " + s.query
            return
        }
        let n = s.matches.count
        let next: Int
        if let c = s.current {
            next = (c + step + n) % n
            if (step > 0 && next < c) || (step < 0 && next > c) { message = step > 0 ? "Search wrapped to the top" : "Search wrapped to the bottom" }
        } else {
            next = step > 0 ? 0 : n - 1
        }
        goToMatch(next)
    }

    mutating func goToMatch(_ i: Int) {
        guard var s = search, i >= 0, i < s.matches.count else { return }
        s.current = i
        search = s
        let m = s.matches[i]
        highlight = Highlight(kind: .match, block: m.block, range: m.start..<m.end,
                              span: document.blocks[m.block].span(ofTextRange: m.start..<m.end))
        reveal(articleRow: articleLayout.row(block: m.block, offset: m.start))
        revealTableText(block: m.block, offset: m.start)
        syncSource()
    }

    // MARK: Facts

    /// Enter on a fact: its next mention. Below 80 columns, where one pane shows at a time,
    /// the article comes forward at the mention (Esc or Tab goes back to the facts).
    mutating func goToMentionInView() {
        guard geometry.arrangement == .narrow else { return goToNextMention() }
        let from = focus
        focus = .article
        refit()
        goToNextMention()
        if highlight?.block != nil {
            returnFocus = from
            message = (message ?? "") + " · Esc back"
        } else {
            // The words are not in the article's text (only in the source): stay.
            focus = from
            refit()
        }
    }

    /// Moves the article to the selected fact's next mention after the reading position (or
    /// after the mention already shown), wrapping round, and highlights it.
    mutating func goToNextMention() {
        guard factSelected < factList.items.count else { return }
        let item = factList.items[factSelected]
        guard !item.mentions.isEmpty else { return }
        var from = readingBlock.map { document.blocks[$0].span.start } ?? 0
        if let h = highlight, h.kind == .fact(factSelected) { from = h.span.start + 1 }
        let mention = item.mentions.first { $0.span.start >= from } ?? item.mentions[0]
        var h = Highlight(kind: .fact(factSelected), block: nil, range: nil, span: mention.span)
        if let b = document.blockIndex(containing: mention.span.start) {
            h.block = b
            h.range = Self.locate(mention, in: document.blocks[b])
            reveal(articleRow: articleLayout.row(block: b, offset: h.range?.lowerBound ?? 0))
        }
        highlight = h
        let n = item.mentions.firstIndex(of: mention).map { $0 + 1 } ?? 1
        message = "\(item.label): mention \(n)/\(item.mentions.count)"
        syncSource()
    }

    /// Where a mention's words are in its block's (normalized) text: its source span mapped
    /// through the block's text map; nil when none of its bytes shows in the text.
    static func locate(_ mention: Mention, in block: Block) -> Range<Int>? {
        block.textRange(ofSource: mention.span)
    }

    // MARK: Table of contents and help

    mutating func handleTableOfContents(_ key: Key) {
        guard let action = KeyMap.tableOfContents.action(for: key) else { return }
        let n = document.sectionCount
        switch action {
        case .lineDown: tocSelected = min(n - 1, tocSelected + 1)
        case .lineUp: tocSelected = max(0, tocSelected - 1)
        case .top: tocSelected = 0
        case .bottom: tocSelected = n - 1
        case .activate:
            mode = .reading
            goToSection(tocSelected)
        case .cancel:
            mode = .reading
        default:
            break
        }
        let visible = TocOverlay.box(size: size, entries: n).height - 2
        if tocSelected < tocTop { tocTop = tocSelected }
        if tocSelected >= tocTop + visible { tocTop = tocSelected - visible + 1 }
    }

    mutating func handleHelp(_ key: Key) {
        if !HelpOverlay.scroll(&helpTop, key: key, lines: HelpOverlay.lines().count, size: size) { mode = .reading }
    }

    // MARK: Mouse

    mutating func handleMouse(_ m: MouseEvent) {
        if mode == .tableOfContents {
            let box = TocOverlay.box(size: size, entries: document.sectionCount)
            if m.kind == .click {
                if box.contains(x: m.x, y: m.y), m.y > box.y, m.y < box.maxY - 1 {
                    let i = tocTop + m.y - box.y - 1
                    if i < document.sectionCount {
                        tocSelected = i
                        mode = .reading
                        goToSection(i)
                    }
                } else if !box.contains(x: m.x, y: m.y) {
                    mode = .reading
                }
            } else {
                handleTableOfContents(m.kind == .wheelUp ? .up : .down)
            }
            return
        }
        if mode == .help {
            handleHelp(m.kind == .wheelUp ? .up : m.kind == .wheelDown ? .down : .escape)
            return
        }
        if let tabs = geometry.tabs, tabs.contains(x: m.x, y: m.y), m.kind == .click {
            for (pane, range) in TabBar.hitRanges(self) where range.contains(m.x) {
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
                factsTop = max(0, min(factsTop + d, max(0, factList.rows.count - factRows)))
            } else {
                scroll(pane, by: d)
            }
        case .click:
            focus = pane
            returnFocus = nil
            if pane == .facts, let content = geometry.content(.facts), m.y >= content.y {
                let row = factsTop + m.y - content.y
                if row < factList.rows.count, case .item(let i) = factList.rows[row] {
                    factSelected = i
                }
            }
        }
    }
}

extension Int {
    /// `self` limited so that adding it to `base` cannot overflow.
    func clampedForAdd(_ base: Int) -> Int {
        Swift.max(-base - 1, Swift.min(self, Int.max - base - 1))
    }
}
