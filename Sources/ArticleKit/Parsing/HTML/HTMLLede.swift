/// Signs on a web page of which block is the standfirst, besides a first paragraph that reads
/// as a summary (`ArticleAssembler.build`): the page names it (`<p class="lead">`, `<div
/// class="chapo">`: `HTMLClassWords.lede`), or sets it all in italics under the title
/// (`<p><em>Strumenti di dialogo su temi ambientali e non</em></p>`).
enum HTMLLede {
    /// Words an italic subtitle has at most: a longer italic paragraph is an italic text (a
    /// quoted letter, an editor's note).
    static let italicMaxWords = 40
    /// Words a block needs to be a lede at all.
    static let minWords = 3

    /// Where the content walk found paragraphs all in italics, and paragraphs or headings inside
    /// an element naming a standfirst (by their spans' starts).
    struct Signs {
        var italic: Set<Int> = []
        var named: Set<Int> = []
    }

    /// True when the first block of the body is the lede by a sign of the page: inside an element
    /// named as one, or a short paragraph all in italics with text after it that is not.
    static func isLede(_ blocks: [Block], signs: Signs) -> Bool {
        guard let first = blocks.first, first.kind == .paragraph || first.kind == .heading,
              WordCount.of(first.text) >= minWords else { return false }
        if signs.named.contains(first.span.start) { return true }
        guard first.kind == .paragraph, blocks.count > 1 else { return false }
        return signs.italic.contains(first.span.start) && WordCount.of(first.text) <= italicMaxWords
            && !signs.italic.contains(blocks[1].span.start)
    }
}
