import ArticleKit

/// The facts sidebar: facts arriving from the background, and going to a fact's mentions
/// (Enter), highlighted in the article and the source.
extension ReaderState {
    /// The article's facts were extracted: the sidebar lists them from the top.
    mutating func loadFacts(_ extracted: Facts) {
        facts.load(extracted)
    }

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
        let selected = facts.selected
        guard selected < facts.items.count else { return }
        let item = facts.items[selected]
        guard !item.mentions.isEmpty else { return }
        var from = readingBlock.map { document.blocks[$0].span.start } ?? 0
        if let h = highlight, h.kind == .fact(selected) { from = h.span.start + 1 }
        let mention = item.mentions.first { $0.span.start >= from } ?? item.mentions[0]
        var h = Highlight(kind: .fact(selected), block: nil, range: nil, span: mention.span)
        if let b = document.blockIndex(containing: mention.span.start) {
            h.block = b
            h.range = Self.locate(mention, in: document.blocks[b])
            reveal(articleRow: articleLayout.row(block: b, offset: h.range?.lowerBound ?? 0))
            // A mention in a wide table's far column: the table slides sideways to show it.
            if let r = h.range { revealTableText(block: b, offset: r.lowerBound) }
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
}
