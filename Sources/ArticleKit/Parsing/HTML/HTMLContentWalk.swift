/// Walks a page's body once, without recursion: furniture anywhere is recorded as dropped,
/// and inside the article element text is gathered into blocks. A block ends where a block
/// element starts or ends; its kind comes from the elements around it (heading, list item,
/// quote, `<pre>`), and its span runs from the owning element's start tag (or the end of the
/// previous block) to its end tag (or the start of the next block). Text outside the article
/// is recorded as dropped page furniture, block by block, so nothing is lost without a word.
/// On a listing page each block remembers the post it belongs to, and a post's `<time>` gives
/// the post's date (dropped as a date line, not kept as text).
struct HTMLContentWalk {
    let document: HTMLDocument
    let article: HTMLNode?
    /// The posts of a listing page (empty for an article page).
    let posts: [HTMLNode]
    var blocks: [Block] = []
    /// For each block, the index in `posts` of the post holding it.
    var blockPosts: [Int?] = []
    /// Each post's date as written in its `<time>` (its `datetime`, else its text).
    var postDates: [Int: String] = [:]
    var dropped: [DroppedBlock] = []
    /// Where each paragraph whose text is all bold (`<p><strong>Wie kannst Du
    /// mitwirken?</strong></p>`) starts: a page's way of writing a subheading without `h2`–`h6`.
    var boldParagraphs: Set<Int> = []
    /// Where each paragraph whose text is all in italics starts (`<p><em>Strumenti di dialogo
    /// su temi ambientali</em></p>` under a title: a subtitle).
    var italicParagraphs: Set<Int> = []
    /// Where each paragraph or heading with text inside an element whose class or id names a standfirst
    /// (`HTMLClassWords.lede`: `<p class="lead">`, `<div class="chapo">`) starts.
    var ledeParagraphs: Set<Int> = []

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "html", "legend", "listing", "xmp",
    ]

    /// An open block element.
    private struct Frame {
        var node: HTMLNode
        var name: String
        /// Where the element's start tag begins, when written.
        var start: Int?
        /// True once a block has been emitted inside it.
        var used = false
        /// For `ol`/`ul`: items seen so far and the first number.
        var items = 0
        var first = 1
        /// For `li`: its marker.
        var marker: String?
        /// True for elements inside the article (those outside only bound the dropped runs).
        var inside = true
        // Of the frames from the bottom of the stack up to this one (set by `push`), so that a
        // block asks its enclosing elements in constant time: 20,000 unclosed `<p><b><i>`
        // nest 20,000 deep, and looking through the stack at each block was quadratic.
        /// `ol`/`ul`, `blockquote` and `table` frames.
        var lists = 0, quotes = 0, tables = 0
        /// The last `ol`/`ul`, the last heading, list item or quote, the first frame inside the article.
        var lastList: Int?, lastMarker: Int?, firstInside: Int?
    }

    /// Elements that make the block inside them a heading, a list item or a quote.
    static let markerElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"]

    /// Puts `frame` on the stack with its counts of the frames below.
    private mutating func push(_ frame: Frame) {
        var f = frame
        let k = frames.count
        let below = frames.last
        let isList = f.name == "ol" || f.name == "ul"
        f.lists = (below?.lists ?? 0) + (isList ? 1 : 0)
        f.quotes = (below?.quotes ?? 0) + (f.name == "blockquote" ? 1 : 0)
        f.tables = (below?.tables ?? 0) + (f.name == "table" ? 1 : 0)
        f.lastList = isList ? k : below?.lastList
        f.lastMarker = Self.markerElements.contains(f.name) ? k : below?.lastMarker
        f.firstInside = below?.firstInside ?? (f.inside ? k : nil)
        frames.append(f)
    }

    /// How many frames from `start` up to the top `count` says are of a kind (a prefix count).
    private func count(from start: Int, _ field: (Frame) -> Int) -> Int {
        guard let top = frames.last else { return 0 }
        return field(top) - (start > 0 && start <= frames.count ? field(frames[start - 1]) : 0)
    }
    private var frames: [Frame] = []
    private var text: [UInt8] = []
    private var runStart: Int?
    /// The last known offset in the source the walk has passed.
    private var position = 0
    /// A block element just closed, whose end offset becomes `position` if text follows it.
    private var closedBlock: HTMLNode?
    private var depthInArticle = 0
    private var pre = 0
    /// True when the text run being gathered began outside the article.
    private var runOutside = false
    /// The post being read, and how deep inside it the walk is.
    private var post: Int?
    private var postDepth = 0
    /// How many `b`/`strong` elements are open, and whether the text run being gathered has
    /// words inside one and words outside all.
    private var boldDepth = 0
    private var runBold = false
    private var runPlain = false
    /// The same for `em`/`i`, and the open elements naming a standfirst.
    private var italicDepth = 0
    private var runItalic = false
    private var runUpright = false
    private var ledeElements: Set<HTMLNode> = []
    private var runLede = false

    init(document: HTMLDocument, article: HTMLNode?, posts: [HTMLNode] = []) {
        self.document = document
        self.article = article
        self.posts = posts
    }

    mutating func run() {
        let body = bodyElement()
        HTMLWalk.walk(from: body, includeRoot: true) { node in enter(node) } exit: { node in leave(node) }
    }

    private func bodyElement() -> HTMLNode? {
        var found: HTMLNode?
        var child = document.root?.pointee.children
        while let c = child {
            if c.isElement, c.name == "body" { found = c; break }
            child = c.pointee.next
        }
        return found ?? article
    }

    private var inArticle: Bool { depthInArticle > 0 }

    private mutating func enter(_ node: HTMLNode) -> Bool {
        if node.isText {
            let before = text.count
            node.appendContent(to: &text)
            let hasWords = text[before...].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D })
            if hasWords {
                if boldDepth > 0 { runBold = true } else { runPlain = true }
                if italicDepth > 0 { runItalic = true } else { runUpright = true }
                if !ledeElements.isEmpty { runLede = true }
            }
            if runStart == nil, hasWords {
                if let closed = closedBlock, let end = document.endOffset(closed) { position = Swift.max(position, end) }
                closedBlock = nil
                runStart = position
                runOutside = !inArticle
            }
            return false
        }
        guard node.isElement else { return false }
        if Self.isBold(node) { boldDepth += 1 }
        if Self.isItalic(node) { italicDepth += 1 }
        if node == article {
            flush(at: document.startOffset(node))
            depthInArticle = 1
        } else if inArticle {
            depthInArticle += 1
        }
        if post != nil {
            postDepth += 1
        } else if inArticle, let k = posts.firstIndex(of: node) {
            flush(at: document.startOffset(node))
            post = k
            postDepth = 1
        }
        if node != article, let reason = HTMLFurniture.reason(node, insideArticle: inArticle) {
            // An empty inline one (an icon: `<i class="fa fa-refresh" aria-hidden="true">`, an
            // `<svg>`) is skipped inside the text around it: it does not cut a paragraph in two.
            if !Self.blockElements.contains(node.name), HTMLWalk.text(of: node).allSatisfy(\.isWhitespace) { return false }
            flush(at: document.startOffset(node))
            recordDropped(node, reason: reason)
            if let end = document.endOffset(node) { position = Swift.max(position, end) }
            return false
        }
        let name = node.name
        if inArticle, HTMLClassWords.names(node, HTMLClassWords.lede) { ledeElements.insert(node) }
        if let k = post, name == "time" {
            let value = node.attribute("datetime").map(ArticleAssembler.collapse) ?? ""
            let written = ArticleAssembler.collapse(HTMLWalk.text(of: node))
            if postDates[k] == nil, !(value.isEmpty && written.isEmpty) { postDates[k] = value.isEmpty ? written : value }
            flush(at: document.startOffset(node))
            recordDropped(node, reason: .byline)
            if let end = document.endOffset(node) { position = Swift.max(position, end) }
            return false
        }
        let nested = count(from: frames.last?.firstInside ?? frames.count, \.tables) > 0
        if name == "table", inArticle, let table = HTMLTable.read(node, nested: nested, in: document), let span = document.span(node) {
            addTable(table, node: node, span: span)
            return false
        }
        if Self.blockElements.contains(name) {
            flush(at: document.startOffset(node))
            var frame = Frame(node: node, name: name, start: document.startOffset(node), inside: inArticle)
            if name == "ol" || name == "ul" {
                frame.first = node.attribute("start").flatMap { Int($0.trimmingSpaces) } ?? 1
            } else if name == "li", let list = frames.last?.lastList {
                let number = frames[list].first + frames[list].items
                frames[list].items += 1
                frame.marker = frames[list].name == "ol" ? "\(number)." : "-"
            } else if name == "pre" || name == "listing" || name == "xmp" {
                pre += 1
            }
            push(frame)
        } else if name == "br" {
            text.append(pre > 0 ? 0x0A : 0x20)
        }
        if let s = document.contentStart(node) { position = Swift.max(position, s) }
        closedBlock = nil
        return true
    }

    private mutating func leave(_ node: HTMLNode) {
        guard node.isElement else { return }
        if Self.isBold(node) { boldDepth -= 1 }
        if Self.isItalic(node) { italicDepth -= 1 }
        defer { ledeElements.remove(node) }
        if Self.blockElements.contains(node.name), let top = frames.last, top.node == node {
            if runStart != nil {
                flush(atEndOf: node)
            }
            let frame = frames.removeLast()
            if frame.name == "pre" || frame.name == "listing" || frame.name == "xmp" { pre -= 1 }
            if frame.used, let parent = frames.indices.last { frames[parent].used = true }
            closedBlock = node
        }
        if post != nil {
            postDepth -= 1
            if postDepth == 0 {
                flush(atEndOf: node)
                post = nil
            }
        }
        if node == article {
            flush(atEndOf: node)
            depthInArticle = 0
        } else if inArticle {
            depthInArticle -= 1
        }
    }

    /// Ends the text run where an element ends: a run that began at the element's start tag
    /// takes the whole element, end tag included; a run that began inside it (after a nested
    /// block) stops before the end tag.
    private mutating func flush(atEndOf node: HTMLNode) {
        guard let bounds = document.endBounds(node) else { return flush(at: nil) }
        let whole = frames.last.map { $0.node == node && !$0.used } ?? false
        flush(at: whole ? bounds.end : bounds.contentEnd)
    }

    /// Ends the text run at `boundary` (the source offset where the next block starts or the
    /// owning element ends) and records it as a block.
    private mutating func flush(at boundary: Int?) {
        let allBold = runBold && !runPlain
        let allItalic = runItalic && !runUpright
        let marksLede = runLede
        defer {
            text.removeAll(keepingCapacity: true)
            runBold = false
            runPlain = false
            runItalic = false
            runUpright = false
            runLede = false
            runStart = nil
            if let boundary { position = Swift.max(position, boundary) }
        }
        guard let runStart else { return }
        let isCode = pre > 0
        var content = isCode ? String(decoding: text, as: UTF8.self) : ArticleAssembler.collapse(String(decoding: text, as: UTF8.self))
        if isCode {
            while content.last == "\n" || content.last == "\r\n" { content.removeLast() }
            while content.first == "\n" || content.first == "\r\n" { content.removeFirst() }
        }
        guard !content.allSatisfy({ $0.isWhitespace }) else { return }

        var kind = Block.Kind.paragraph
        var level = 0
        var marker: String?
        // The first block inside an element is shown from the element's start tag on.
        var start = runStart
        if let owner = frames.indices.last {
            if !frames[owner].used, let s = frames[owner].start { start = s }
            frames[owner].used = true
        }
        // Inside the article, only the elements inside it say what a block is.
        let scope = runOutside ? 0 : frames.last?.firstInside ?? frames.count
        if isCode {
            kind = .code
        } else if let i = frames.last?.lastMarker, i >= scope {
            let name = frames[i].name
            switch name {
            case "li":
                kind = .list
                level = Swift.max(0, count(from: scope, \.lists) - 1)
                marker = frames[i].marker
                frames[i].marker = nil
            case "blockquote":
                kind = .quote
                level = Swift.max(0, count(from: scope, \.quotes) - 1)
            default:
                kind = .heading
                level = Int(String(name.dropFirst())) ?? 2
            }
            frames[i].used = true
        }
        start = document.trimForward(start, ceiling: document.source.utf8.count)
        var end = boundary.map { document.trimBack($0, floor: start) } ?? start
        if end < start { end = start }
        let span = document.source.span(start: start, end: end)
        if runOutside {
            dropped.append(DroppedBlock(reason: .pageFurniture, text: content, span: span))
            return
        }
        if kind == .paragraph, allBold { boldParagraphs.insert(span.start) }
        if kind == .paragraph, allItalic { italicParagraphs.insert(span.start) }
        if kind == .paragraph || kind == .heading, marksLede { ledeParagraphs.insert(span.start) }
        blocks.append(Block(kind: kind, text: content, span: span, level: level, marker: marker,
                            map: TextAligner.map(content, in: document.source, range: start..<end, syntax: .html, collapsed: !isCode)))
        blockPosts.append(post)
    }

    static func isBold(_ node: HTMLNode) -> Bool {
        let name = node.name
        return name == "b" || name == "strong"
    }

    static func isItalic(_ node: HTMLNode) -> Bool {
        let name = node.name
        return name == "i" || name == "em"
    }

    /// A data table becomes one block (after its caption, as a paragraph); the walk skips its cells.
    private mutating func addTable(_ table: Table, node: HTMLNode, span: SourceSpan) {
        flush(at: span.start)
        if let caption = HTMLTable.caption(node), let captionSpan = document.span(caption) {
            let text = ArticleAssembler.collapse(HTMLWalk.text(of: caption))
            if !text.isEmpty {
                blocks.append(Block(kind: .paragraph, text: text, span: captionSpan,
                                    map: TextAligner.map(text, in: document.source, range: captionSpan.start..<captionSpan.end, syntax: .html)))
                blockPosts.append(post)
            }
        }
        blocks.append(Block(table: table, span: span))
        blockPosts.append(post)
        if let owner = frames.indices.last { frames[owner].used = true }
        position = Swift.max(position, span.end)
        closedBlock = nil
    }

    private mutating func recordDropped(_ node: HTMLNode, reason: DroppedBlock.Reason) {
        guard let span = document.span(node) else { return }
        let text = ArticleAssembler.collapse(HTMLWalk.text(of: node))
        if text.isEmpty { return }
        dropped.append(DroppedBlock(reason: reason, text: text, span: span))
    }
}
