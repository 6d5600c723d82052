/// A page listing several posts (a blog's index, a news list, an archive page) rather than one
/// article. Posts are found from their headings: headings written alike (the same element and
/// class, `<h5 class="card-title">`) each get the largest element around them holding no
/// other of their kind; those that hold a link to another page (on the heading, around it,
/// or a "read more") are posts. `<article>` elements holding a heading are posts too. The
/// kind of post holding the most text is the listing when there are two or more and they hold
/// at least half of the page's text. The parser reads the whole listing and makes each post a
/// section under its own heading, with its date, instead of keeping one post.
struct HTMLListing {
    /// The posts' elements, in document order.
    var posts: [HTMLNode]
    /// Where the parser reads: the `<main>` around the posts, else the element first chosen as
    /// the article when it holds them, else the smallest element holding them all.
    var root: HTMLNode

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The listing on the page, or nil when the page is not one. `article` is the element the
    /// article finder chose.
    static func find(_ document: HTMLDocument, article: HTMLNode?) -> HTMLListing? {
        guard let body = document.root else { return nil }
        var found: [HTMLNode] = []
        var articles: [HTMLNode] = []
        HTMLWalk.walk(from: body, includeRoot: true) { node in
            guard node.isElement else { return false }
            let name = node.name
            if name == "head" || HTMLFurniture.reason(node, insideArticle: true) != nil { return false }
            if headings.contains(name) {
                found.append(node)
                return false
            }
            if name == "article" { articles.append(node) }
            return true
        }
        var kinds: [String: [HTMLNode]] = [:]
        for heading in found {
            let signature = heading.name + " " + ArticleAssembler.collapse(heading.attribute("class") ?? "")
            kinds[signature, default: []].append(heading)
        }
        var candidates: [[HTMLNode]] = []
        for (_, group) in kinds where group.count >= 2 {
            let posts = postRoots(group, in: document).filter(hasLink)
            if posts.count >= 2 { candidates.append(posts) }
        }
        let withHeading = articles.filter(hasHeading)
        if withHeading.count >= 2, !withHeading.contains(where: { a in withHeading.contains { $0 != a && $0.isInside(a) } }) {
            candidates.append(withHeading)
        }
        let pageText = textLength(body)
        guard pageText > 0, let best = candidates.map({ ($0, $0.reduce(0) { $0 + textLength($1) }) }).max(by: { $0.1 < $1.1 }),
              best.1 * 2 >= pageText else { return nil }
        let posts = best.0.sorted { (document.index($0) ?? 0) < (document.index($1) ?? 0) }

        // The smallest element holding every post.
        var container = posts[0].pointee.parent ?? body
        while !posts.allSatisfy({ $0.isInside(container) }), let parent = container.pointee.parent, parent.isElement {
            container = parent
        }
        var root = container
        var n: HTMLNode? = container
        var main: HTMLNode?
        while let cur = n, cur.isElement {
            if cur.name == "main" || cur.attribute("role")?.lowercased() == "main" { main = cur; break }
            n = cur.pointee.parent
        }
        if let main {
            root = main
        } else if let article, container.isInside(article) {
            root = article
        }
        return HTMLListing(posts: posts, root: root)
    }

    /// For each heading, the largest element around it holding no other heading of the group.
    static func postRoots(_ group: [HTMLNode], in document: HTMLDocument) -> [HTMLNode] {
        var count: [Int: Int] = [:]
        for heading in group {
            var n: HTMLNode? = heading
            while let cur = n, cur.isElement {
                if let i = document.index(cur) { count[i, default: 0] += 1 }
                n = cur.pointee.parent
            }
        }
        return group.map { heading in
            var post = heading
            while let parent = post.pointee.parent, parent.isElement, parent.name != "body",
                  (document.index(parent).flatMap { count[$0] } ?? 0) == 1 {
                post = parent
            }
            return post
        }
    }

    /// A link to another page from the post itself: around it, on or in its heading, or a
    /// link standing alone (an image link, `Leer`, `read more`: at most four words, not inside a
    /// paragraph, list item or quote). Links in running text do not count, so an article whose
    /// sections cite other pages is no listing. `#` anchors never count.
    static func hasLink(_ node: HTMLNode) -> Bool {
        func isLink(_ n: HTMLNode) -> Bool {
            guard n.isElement, n.name == "a", let href = n.attribute("href")?.trimmingSpaces else { return false }
            return !href.isEmpty && !href.hasPrefix("#")
        }
        var up = node.pointee.parent
        while let cur = up, cur.isElement {
            if isLink(cur) { return true }
            up = cur.pointee.parent
        }
        var found = false
        HTMLWalk.walk(from: node, includeRoot: true) { n in
            guard !found, n.isElement else { return false }
            guard isLink(n) else { return true }
            var inHeading = false
            var inText = false
            var p = n.pointee.parent
            while let cur = p, cur.isElement, cur != node.pointee.parent {
                if headings.contains(cur.name) { inHeading = true }
                if ["p", "li", "blockquote", "td", "dd"].contains(cur.name) { inText = true }
                p = cur.pointee.parent
            }
            if inHeading || (!inText && WordCount.of(HTMLWalk.text(of: n)) <= 4) { found = true }
            return false
        }
        return found
    }

    static func hasHeading(_ node: HTMLNode) -> Bool {
        var found = false
        HTMLWalk.walk(from: node, includeRoot: false) { n in
            if n.isElement, headings.contains(n.name) { found = true }
            return !found && n.isElement
        }
        return found
    }

    /// Characters of text below a node, blanks and furniture left out.
    static func textLength(_ node: HTMLNode) -> Int {
        var length = 0
        HTMLWalk.walk(from: node, includeRoot: false) { n in
            if n.isText {
                guard var p = n.pointee.content else { return false }
                while p.pointee != 0 {
                    let c = p.pointee
                    if c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D { length += 1 }
                    p += 1
                }
                return false
            }
            return n.isElement && HTMLFurniture.reason(n, insideArticle: true) == nil
        }
        return length
    }
}

extension HTMLListing {
    /// The blocks a listing's walk found, made into one section per post: the post's first
    /// heading leads it (an `h1` becomes level 2, under the page's title; the headings of its
    /// excerpt become sub-headings, which open no section); a short label above
    /// the heading (`Posts`, a category) is dropped, longer text above it moves below it; a
    /// short line that is only a date gives the post its date when its `<time>` did not and is
    /// dropped. Returns the blocks, the dropped labels and date lines, and the ISO date of each
    /// post's heading by the heading's start offset.
    static func arrange(_ blocks: [Block], posts: [Int?], dates: [Int: String], language: Language)
        -> (blocks: [Block], dropped: [DroppedBlock], headingDates: [Int: String]) {
        var out: [Block] = []
        var dropped: [DroppedBlock] = []
        var headingDates: [Int: String] = [:]
        var i = 0
        while i < blocks.count {
            guard let post = posts[i] else {
                out.append(blocks[i])
                i += 1
                continue
            }
            var end = i
            while end < blocks.count, posts[end] == post { end += 1 }
            var own = Array(blocks[i..<end])
            var date = dates[post].flatMap { StatedDate.normalise($0, language: language) }
            own.removeAll { block in
                guard block.kind == .paragraph, WordCount.of(block.text) <= 8,
                      let found = StatedDate.find(in: block.text, language: language) else { return false }
                if date == nil { date = found }
                dropped.append(DroppedBlock(reason: .byline, text: block.text, span: block.span))
                return true
            }
            if let h = own.firstIndex(where: { $0.kind == .heading }) {
                var heading = own.remove(at: h)
                // Headings inside a post's excerpt are excerpt text, not the page's outline:
                // sub-headings in the post's section.
                for k in own.indices where own[k].kind == .heading {
                    own[k].kind = .subheading
                }
                heading.level = Swift.max(2, heading.level)
                var above: [Block] = []
                for block in own[..<h] {
                    if block.kind == .paragraph, WordCount.of(block.text) <= 4 {
                        dropped.append(DroppedBlock(reason: .byline, text: block.text, span: block.span))
                    } else {
                        above.append(block)
                    }
                }
                own = [heading] + above + own[h...]
                if let date { headingDates[heading.span.start] = date }
            }
            out += own
            i = end
        }
        return (out, dropped, headingDates)
    }
}
