/// Signs in a Markdown post of which block is its lede, besides the front matter's summary
/// and a byline under the opening paragraph (`MarkdownParser`): the excerpt separator blog
/// engines cut the summary at (`<!--more-->` after the opening paragraphs), and a summary in
/// the front matter that the first paragraph repeats word for word (`excerpt:` copied from the
/// text), which is then the lede itself rather than a second copy above it.
enum MarkdownLede {
    /// Blocks before an excerpt separator that still make the opening a summary, at most.
    static let excerptMaxBlocks = 3
    /// Words a heading has at most: a "heading" of more is a paragraph written with `#`
    /// (exports that set every paragraph as `######`).
    static let headingMaxWords = 24
    /// Words compared when a summary repeats the first paragraph.
    static let repeatWords = 8

    /// True when an HTML comment `<!--more-->` follows the first paragraph, within the first
    /// blocks and before any heading.
    static func excerptSeparated(_ blocks: [Block], htmlBlocks: [(span: SourceSpan, literal: String)]) -> Bool {
        guard let first = blocks.first, first.kind == .paragraph,
              let more = htmlBlocks.first(where: { isMoreComment($0.literal) })?.span.start, more > first.span.start else { return false }
        let before = blocks.prefix { $0.span.start < more }
        return before.count <= excerptMaxBlocks && !before.contains { $0.kind == .heading }
    }

    /// `<!--more-->`, `<!-- more -->`, any case.
    static func isMoreComment(_ literal: String) -> Bool {
        let t = ArticleAssembler.collapse(literal).lowercased().filter { $0 != " " }
        return t == "<!--more-->"
    }

    /// True when both texts open with the same words (case and punctuation aside).
    static func repeats(_ summary: String, _ paragraph: String) -> Bool {
        func words(_ s: String) -> [Substring] {
            Array(s.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(repeatWords))
        }
        let a = words(summary)
        return a.count == repeatWords && a == words(paragraph)
    }
}
