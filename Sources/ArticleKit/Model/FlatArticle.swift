/// An article's kept text flattened once, in reading order: the title, the lede, then each
/// section's heading and blocks, with the section each belongs to. Every block carries its
/// shown text and its `TextMap`, so a word found in the text (a search match, a fact's
/// mention) maps to its exact source bytes. The reader's document, the fact scan and the
/// library search index all read this one view; built once per article, a value.
public struct FlatArticle: Sendable {
    public let article: Article
    /// Title, lede, then each section's heading and blocks.
    public let blocks: [Block]
    /// Section index of each block; title and lede count as section 0.
    public let blockSection: [Int]
    /// Index in `blocks` of each section's first block (its heading, or first paragraph).
    public let sectionFirstBlock: [Int]

    public init(_ article: Article) {
        self.article = article
        var blocks: [Block] = []
        var owner: [Int] = []
        let count = article.sections.reduce(2) { $0 + $1.blocks.count + 1 }
        blocks.reserveCapacity(count)
        owner.reserveCapacity(count)
        if let t = article.title { blocks.append(t); owner.append(0) }
        if let l = article.lede { blocks.append(l); owner.append(0) }
        var firsts: [Int] = []
        firsts.reserveCapacity(article.sections.count)
        for (i, s) in article.sections.enumerated() {
            firsts.append(blocks.count)
            if let h = s.heading { blocks.append(h); owner.append(i) }
            blocks.append(contentsOf: s.blocks)
            owner.append(contentsOf: repeatElement(i, count: s.blocks.count))
        }
        self.blocks = blocks
        self.blockSection = owner
        self.sectionFirstBlock = firsts
    }

    /// True when block `b` is the heading that opens its section.
    public func isSectionHeading(_ b: Int) -> Bool {
        guard b >= 0, b < blocks.count else { return false }
        let s = blockSection[b]
        return s < sectionFirstBlock.count && sectionFirstBlock[s] == b && article.sections[s].heading != nil
    }

    /// The source bytes behind `range` of block `b`'s text, through the block's map.
    public func span(ofBlock b: Int, textRange range: Range<Int>) -> SourceSpan {
        blocks[b].span(ofTextRange: range, in: article.source)
    }

    /// The block holding a byte offset of the source, or the nearest block before it.
    public func blockIndex(containing offset: Int) -> Int? {
        guard !blocks.isEmpty else { return nil }
        var low = 0
        var high = blocks.count - 1
        var best: Int?
        while low <= high {
            let mid = (low + high) / 2
            if blocks[mid].span.start <= offset { best = mid; low = mid + 1 } else { high = mid - 1 }
        }
        if let b = best, blocks[b].span.contains(offset: offset) { return b }
        // Spans are in reading order except when a parser reorders; fall back to a scan.
        if let b = blocks.firstIndex(where: { $0.span.contains(offset: offset) }) { return b }
        return best
    }
}
