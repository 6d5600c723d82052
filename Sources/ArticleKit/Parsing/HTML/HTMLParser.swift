import CLibXML2

/// Parses saved web pages with libxml2's HTML parser into an `Article`: finds the article
/// (`<article>`, `<main>`, else the element holding the most paragraph text), drops page
/// furniture and records it, turns `h1`–`h6` into sections and paragraphs, list items, quotes
/// and `<pre>` into blocks whose spans point at the markup in the original page.
public enum HTMLParser {
    /// Decodes a page's bytes honouring its declared charset, then parses it.
    public static func parse(bytes: [UInt8], path: String? = nil) throws(ArticleError) -> Article {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try HTMLCharset.decode(bytes)
        } catch {
            throw .binary(path: path ?? "input")
        }
        return parse(decoded.text, path: path, encoding: decoded.encoding)
    }

    /// Parses decoded page text into an `Article`.
    public static func parse(_ source: SourceText, path: String? = nil, encoding: TextEncoding = .utf8) -> Article {
        let document = HTMLDocument(source: source)
        let found = HTMLArticleFinder.find(document)
        let listing = HTMLListing.find(document, article: found)
        let root = listing?.root ?? found
        let posts = listing?.posts ?? []
        let meta = HTMLMetadata(document, article: root, posts: posts)
        var walk = HTMLContentWalk(document: document, article: root, posts: posts)
        walk.run()

        var assembler = ArticleAssembler()
        assembler.dropped = walk.dropped
        assembler.author = meta.author
        var blocks = walk.blocks
        var owners = walk.blockPosts
        // The first h1 is the title; on a listing, the first outside the posts (the page's own).
        if var h1 = blocks.indices.first(where: { blocks[$0].kind == .heading && blocks[$0].level == 1 && owners[$0] == nil }) {
            // A label of a few words above the title (`Agenda`, a category) is no text.
            for i in (0..<h1).reversed() where owners[i] == nil && blocks[i].kind == .paragraph
                && WordCount.of(blocks[i].text) <= HTMLParser.labelMaxWords {
                assembler.dropped.append(DroppedBlock(reason: .pageFurniture, text: blocks[i].text, span: blocks[i].span))
                blocks.remove(at: i)
                owners.remove(at: i)
                h1 -= 1
            }
            var title = blocks.remove(at: h1)
            owners.remove(at: h1)
            title.kind = .title
            assembler.title = title
        } else if let (node, text) = HTMLPageTitle.heading(meta, in: document), let span = document.span(node) {
            assembler.title = Block(kind: .title, text: text, span: span, level: 1,
                                    map: TextAligner.map(text, in: source, range: span.start..<span.end, syntax: .html))
        } else if let text = meta.ogTitle, let span = meta.ogTitleSpan {
            assembler.title = Block(kind: .title, text: text, span: span, level: 1, map: TextAligner.map(attribute: text, in: source, span: span))
        } else if let text = meta.title, let span = meta.titleSpan {
            assembler.title = Block(kind: .title, text: text, span: span, level: 1,
                                    map: TextAligner.map(text, in: source, range: span.start..<span.end, syntax: .html))
        }
        // The page's `<title>`, when the title came from elsewhere, is metadata read and left out.
        if let text = meta.title, let span = meta.titleSpan, assembler.title?.span != span {
            assembler.dropped.append(DroppedBlock(reason: .metadata, text: text, span: span))
        }
        // Blocks that are clearly web-page leftovers (`weiterlesen`, `Read more`, a byline, a
        // copyright line), by the same vocabulary as plain text.
        for i in blocks.indices.reversed() where blocks[i].kind == .paragraph || blocks[i].kind == .list {
            guard let reason = Boilerplate.reason(forLine: blocks[i].text)
                    ?? (HTMLParser.isLanguageMarker(blocks[i].text) ? .pageFurniture : nil) else { continue }
            assembler.dropped.append(DroppedBlock(reason: reason, text: blocks[i].text, span: blocks[i].span))
            blocks.remove(at: i)
            owners.remove(at: i)
        }
        if listing != nil { HTMLParser.dropRepeatedNotes(&blocks, owners: &owners, dropped: &assembler.dropped) }
        HTMLBoldHeading.promote(&blocks, owners: owners, bold: walk.boldParagraphs, title: assembler.title?.text)
        // The language the page declares, else the one its text and furniture tell together.
        assembler.declaredLanguage = meta.language ?? HTMLPageLanguage.fromFurniture(
            title: assembler.title, blocks: blocks, dropped: assembler.dropped, source: source)
        let language = LanguageDetector.detect(blocks.prefix(40).map(\.text).joined(separator: " "), declared: assembler.declaredLanguage)
        if listing != nil {
            let arranged = HTMLListing.arrange(blocks, posts: owners, dates: walk.postDates, language: language)
            blocks = arranged.blocks
            assembler.dropped += arranged.dropped
            assembler.sectionDates = arranged.headingDates
        }
        // A headline written again as a paragraph (a bold line above the text) is the title twice.
        if let title = assembler.title?.text.lowercased() {
            blocks.removeAll { block in
                guard block.kind == .paragraph, block.text.lowercased() == title else { return false }
                assembler.dropped.append(DroppedBlock(reason: .repeatedTitle, text: block.text, span: block.span))
                return true
            }
        }
        if listing == nil { HTMLStatedDate.dropDateLines(&blocks, dropped: &assembler.dropped, language: language) }
        assembler.dropped.sort { $0.span.start < $1.span.start }
        assembler.date = HTMLStatedDate.choose(
            meta: meta, dropped: assembler.dropped, within: root.flatMap { document.span($0) }, title: assembler.title,
            blocks: blocks, listing: listing != nil, language: language)
        // A page's lede is the standfirst it marks (by class, in italics under the title, or
        // under the title in a heading group); a first paragraph that merely reads as a summary
        // is the article's opening, as a page's own markup would show it. On the corpus this
        // made the html-article lede right on 82% of test pages instead of 55%.
        assembler.ledeFromOpening = false
        let signs = HTMLLede.Signs(italic: walk.italicParagraphs, named: walk.ledeParagraphs)
        if HTMLLede.isLede(blocks, signs: signs)
            || HTMLLede.isSubtitle(blocks, titleElement: HTMLLede.titleElement(assembler.title, in: document), in: document) {
            var lede = blocks.removeFirst()
            lede.kind = .lede
            lede.level = 0
            assembler.lede = lede
        }
        assembler.blocks = blocks
        return assembler.build(source: source, path: path, format: .html, encoding: encoding)
    }
}

extension HTMLParser {
    /// A WordPress qTranslate language marker left in the text (`[:it]`, `[:en]`, `[:]`): markup
    /// of a plugin that failed to run, no words of the article.
    static func isLanguageMarker(_ text: String) -> Bool {
        guard text.hasPrefix("[:"), text.hasSuffix("]") else { return false }
        let code = text.dropFirst(2).dropLast()
        return code.count <= 5 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }
    }

    /// Words of a label above the title, at most.
    static let labelMaxWords = 3

    /// On a listing page, a paragraph or quote printed word for word in three posts or more
    /// (`Alcune informazioni e spunti in questo articolo provengono da…` atop every teaser) is
    /// the site's note, not the posts' text: it is dropped as page furniture.
    static func dropRepeatedNotes(_ blocks: inout [Block], owners: inout [Int?], dropped: inout [DroppedBlock]) {
        var postsByText: [String: Set<Int>] = [:]
        for (i, block) in blocks.enumerated() where block.kind == .paragraph || block.kind == .quote {
            if let post = owners[i] { postsByText[block.text, default: []].insert(post) }
        }
        let repeated = Set(postsByText.filter { $0.value.count >= 3 }.keys)
        guard !repeated.isEmpty else { return }
        for i in blocks.indices.reversed() where owners[i] != nil && (blocks[i].kind == .paragraph || blocks[i].kind == .quote) {
            guard repeated.contains(blocks[i].text) else { continue }
            dropped.append(DroppedBlock(reason: .pageFurniture, text: blocks[i].text, span: blocks[i].span))
            blocks.remove(at: i)
            owners.remove(at: i)
        }
    }
}

/// Chooses the element that holds the article.
enum HTMLArticleFinder {
    /// Inline elements whose text counts for the block around them.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "big", "strike", "tt",
    ]

    /// `<article>` (the one with most text when there are several), else `<main>` or
    /// `role="main"`, else the element with the most paragraph text, else `<body>`.
    static func find(_ document: HTMLDocument) -> HTMLNode? {
        var articles: [HTMLNode] = []
        var main: HTMLNode?
        var body: HTMLNode?
        var scores: [Int: Int] = [:]
        var blocks = BlockAncestors()
        HTMLWalk.walk(from: document.root, includeRoot: true) { node in
            if node.isText {
                guard let target = creditTarget(for: node, &blocks), let i = document.index(target) else { return false }
                var length = 0
                if var p = node.pointee.content {
                    while p.pointee != 0 {
                        let c = p.pointee
                        if c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D { length += 1 }
                        p += 1
                    }
                }
                if length > 0 { scores[i, default: 0] += length }
                return false
            }
            guard node.isElement else { return false }
            let name = node.name
            if name == "head" { return false }
            if HTMLFurniture.reason(node, insideArticle: false) != nil { return false }
            switch name {
            case "article": articles.append(node)
            case "main": if main == nil { main = node }
            case "body": if body == nil { body = node }
            default: if main == nil, node.attribute("role")?.lowercased() == "main" { main = node }
            }
            return true
        }
        func textScore(_ node: HTMLNode) -> Int {
            var total = 0
            for (i, s) in scores where document.elements[i].isInside(node) { total += s }
            return total
        }
        if articles.count == 1 { return articles[0] }
        if articles.count > 1 { return articles.max { textScore($0) < textScore($1) } }
        if let main { return main }
        if let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            return document.elements[best.key]
        }
        return body ?? document.root
    }

    /// The element a text node's length is credited to: the paragraph's parent for text in
    /// a `<p>`, else the nearest block element.
    static func creditTarget(for text: HTMLNode, _ blocks: inout BlockAncestors) -> HTMLNode? {
        guard let block = blocks.nearest(text.pointee.parent), block.isElement else { return nil }
        if block.name == "p" || block.name == "pre" || block.name == "blockquote" { return block.pointee.parent ?? block }
        return block
    }
}

/// The nearest ancestor of a node that is not an inline element, remembered for every inline
/// element passed on the way up: text nested in 100,000 unclosed `<b>` tags walked up through
/// all of them for each text node (quadratic); now each element is climbed once.
struct BlockAncestors {
    private var known: [HTMLNode: HTMLNode?] = [:]

    /// `node`, or its nearest ancestor, that is not an inline element.
    mutating func nearest(_ node: HTMLNode?) -> HTMLNode? {
        var path: [HTMLNode] = []
        var n = node
        while let cur = n, HTMLArticleFinder.inline.contains(cur.name) {
            if let found = known[cur] {
                n = found
                break
            }
            path.append(cur)
            n = cur.pointee.parent
        }
        for p in path { known[p] = n }
        return n
    }
}
