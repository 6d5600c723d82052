import ArticleKit

/// An article flattened for reading: every kept block in order with the section it belongs
/// to, and the name to show for the file. Built once when an article is opened.
public struct ReaderDocument: Sendable {
    public let article: Article
    /// Shown in the status line (sanitized when drawn).
    public let name: String
    /// Title, lede, then each section's heading and blocks.
    public let blocks: [Block]
    /// Section index of each block; title and lede count as section 0.
    public let blockSection: [Int]
    /// Index in `blocks` of each section's first block (its heading, or first paragraph).
    public let sectionFirstBlock: [Int]
    /// Words in each section, heading included.
    public let sectionWordCounts: [Int]
    /// The level of the article's biggest headings (1 when it has none): headings below it
    /// are styled as sub-headings.
    public let topHeadingLevel: Int

    public init(article: Article, name: String? = nil) {
        self.article = article
        self.name = name ?? article.path.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "(input)"
        var blocks: [Block] = []
        var owner: [Int] = []
        if let t = article.title { blocks.append(t); owner.append(0) }
        if let l = article.lede { blocks.append(l); owner.append(0) }
        var firsts: [Int] = []
        for (i, s) in article.sections.enumerated() {
            firsts.append(blocks.count)
            if let h = s.heading { blocks.append(h); owner.append(i) }
            for b in s.blocks { blocks.append(b); owner.append(i) }
        }
        self.blocks = blocks
        self.blockSection = owner
        self.sectionFirstBlock = firsts
        var words = [Int](repeating: 0, count: article.sections.count)
        for (b, block) in blocks.enumerated() where b >= firsts.first ?? blocks.count {
            words[owner[b]] += WordCount.of(block.text)
        }
        self.sectionWordCounts = words
        self.topHeadingLevel = article.sections.compactMap { $0.heading?.level }.min() ?? 1
    }

    public var sectionCount: Int { article.sections.count }

    /// The heading of section `i` (0-based) as shown: its title or "(untitled)".
    /// The date of the section a heading block opens (a listing's post), or nil.
    public func sectionDate(ofBlock b: Int) -> String? {
        guard b >= 0, b < blocks.count, blocks[b].kind == .heading else { return nil }
        let s = blockSection[b]
        return s < article.sections.count ? article.sections[s].date : nil
    }

    public func sectionTitle(_ i: Int) -> String {
        guard i >= 0, i < article.sections.count else { return "" }
        return article.sections[i].title ?? "(untitled)"
    }

    /// Words in section `i`: heading and blocks, counted as the article's length is (`WordCount`).
    public func sectionWords(_ i: Int) -> Int {
        i >= 0 && i < sectionWordCounts.count ? sectionWordCounts[i] : 0
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
