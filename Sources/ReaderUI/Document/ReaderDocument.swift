import ArticleKit

/// An article as the reader shows it: its one flattened view (`FlatArticle`: every kept
/// block in order with its section), the name to show for the file, and what the contents
/// count per section. Built once when an article is opened.
public struct ReaderDocument: Sendable {
    /// The flattened article the fact scan and the search index read too.
    public let flat: FlatArticle
    /// Shown in the status line (sanitized when drawn).
    public let name: String
    /// Words in each section, heading included.
    public let sectionWordCounts: [Int]
    /// The level of the article's biggest headings (1 when it has none): headings below it
    /// are styled as sub-headings.
    public let topHeadingLevel: Int
    /// Bytes of text the blocks show: what a search in the article reads.
    public let textBytes: Int

    public init(article: Article, name: String? = nil) {
        self.init(flat: FlatArticle(article), name: name)
    }

    public init(flat: FlatArticle, name: String? = nil) {
        let article = flat.article
        self.flat = flat
        self.name = name ?? article.path.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? "(input)"
        var words = [Int](repeating: 0, count: article.sections.count)
        let firstSectionBlock = flat.sectionFirstBlock.first ?? flat.blocks.count
        for b in flat.blocks.indices where b >= firstSectionBlock {
            words[flat.blockSection[b]] += WordCount.of(flat.blocks[b].text)
        }
        self.sectionWordCounts = words
        self.topHeadingLevel = article.sections.compactMap { $0.heading?.level }.min() ?? 1
        self.textBytes = flat.blocks.reduce(0) { $0 + $1.text.utf8.count }
    }

    public var article: Article { flat.article }
    /// Title, lede, then each section's heading and blocks (`FlatArticle.blocks`).
    public var blocks: [Block] { flat.blocks }
    /// Section index of each block; title and lede count as section 0.
    public var blockSection: [Int] { flat.blockSection }
    /// Index in `blocks` of each section's first block (its heading, or first paragraph).
    public var sectionFirstBlock: [Int] { flat.sectionFirstBlock }

    public var sectionCount: Int { article.sections.count }

    /// The date of the section a heading block opens (a listing's post), or nil.
    public func sectionDate(ofBlock b: Int) -> String? {
        guard b >= 0, b < blocks.count, blocks[b].kind == .heading else { return nil }
        let s = blockSection[b]
        return s < article.sections.count ? article.sections[s].date : nil
    }

    /// The heading of section `i` (0-based) as shown: its title or "(untitled)".
    public func sectionTitle(_ i: Int) -> String {
        guard i >= 0, i < article.sections.count else { return "" }
        return article.sections[i].title ?? "(untitled)"
    }

    /// Words in section `i`: heading and blocks, counted as the article's length is (`WordCount`).
    public func sectionWords(_ i: Int) -> Int {
        i >= 0 && i < sectionWordCounts.count ? sectionWordCounts[i] : 0
    }

    /// The block holding a byte offset of the source, or the nearest block before it.
    public func blockIndex(containing offset: Int) -> Int? { flat.blockIndex(containing: offset) }
}
