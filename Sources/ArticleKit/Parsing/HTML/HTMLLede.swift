/// Signs on a web page of which block is the standfirst, besides a first paragraph that reads
/// as a summary (`ArticleAssembler.build`): the page names it (`<p class="lead">`, `<div class="chapo">`: `HTMLClassWords.lede`),
/// sets it all in italics under the title (`<p><em>Strumenti di dialogo su temi ambientali e
/// non</em></p>`), or sets it under the title's `h1` in a small heading group.
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

extension HTMLLede {
    /// Element children with text a heading group holds at most (`<div class="page-hero">`
    /// holding a label, the `h1` and the subtitle): more, and it is the article's body.
    static let groupMaxChildren = 4
    /// Words of a subtitle under the title, at most.
    static let subtitleMaxWords = 40

    /// The title's `h1` element: the one whose span starts where the title's does.
    static func titleElement(_ title: Block?, in document: HTMLDocument) -> HTMLNode? {
        guard let title, title.level == 1 else { return nil }
        return document.elements.first { $0.name == "h1" && document.startOffset($0) == title.span.start }
    }

    /// The elements after `node` among its siblings that hold text.
    static func siblingsWithText(after node: HTMLNode) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var n = node.pointee.next
        while let cur = n {
            if cur.isElement, !HTMLWalk.text(of: cur).allSatisfy(\.isWhitespace) { out.append(cur) }
            n = cur.pointee.next
        }
        return out
    }

    /// The element children of `node` that hold text.
    static func childrenWithText(_ node: HTMLNode) -> Int {
        var count = 0
        var n = node.pointee.children
        while let cur = n {
            if cur.isElement, !HTMLWalk.text(of: cur).allSatisfy(\.isWhitespace) { count += 1 }
            n = cur.pointee.next
        }
        return count
    }

    /// True when the first block is a subtitle set under the title's `h1` in a heading group:
    /// the `h1`'s next element with text, a paragraph or heading of 3 to 40 words, in a parent
    /// holding few elements with text, with the text going on after that parent (`<div class="page-hero"><div>Agenda</div><h1>…</h1><p>Les
    /// dates importantes de l'année</p></div>`).
    static func isSubtitle(_ blocks: [Block], titleElement h1: HTMLNode?, in document: HTMLDocument) -> Bool {
        guard let h1, let first = blocks.first, first.kind == .paragraph || first.kind == .heading,
              let parent = h1.pointee.parent, parent.isElement, let next = siblingsWithText(after: h1).first,
              ["p", "h2", "h3", "h4", "h5", "h6", "div"].contains(next.name),
              document.startOffset(next) == first.span.start, childrenWithText(parent) <= groupMaxChildren,
              // The text goes on after the group: the group is no short article of its own.
              blocks.count > 1, let groupEnd = document.endOffset(parent), blocks[1].span.start >= groupEnd else { return false }
        let words = WordCount.of(first.text)
        return words >= minWords && words <= subtitleMaxWords
    }
}
