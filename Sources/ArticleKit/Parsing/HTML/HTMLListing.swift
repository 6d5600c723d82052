/// A page listing several posts (a blog's index, a news list, an archive page) rather than one
/// article. A post is the largest element around one linked heading (`<h2><a href>…</a></h2>`,
/// or a heading inside a link) that holds no other, or an `<article>` holding a heading; a
/// listing is two or more posts side by side in one container that together hold at least half
/// of the page's text. The parser reads the whole listing and makes each post a section under
/// its own heading, with its date, instead of keeping the one post with the most text.
struct HTMLListing {
    /// The posts' elements, in document order.
    var posts: [HTMLNode]
    /// Where the parser reads: the `<main>` around the posts, else the element first chosen as
    /// the article when it holds them, else the posts' container.
    var root: HTMLNode

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The listing on the page, or nil when the page is not one. `article` is the element the
    /// article finder chose.
    static func find(_ document: HTMLDocument, article: HTMLNode?) -> HTMLListing? {
        guard let body = document.root else { return nil }
        var linked: [HTMLNode] = []
        var articles: [HTMLNode] = []
        HTMLWalk.walk(from: body, includeRoot: true) { node in
            guard node.isElement else { return false }
            let name = node.name
            if name == "head" || HTMLFurniture.reason(node, insideArticle: true) != nil { return false }
            if headings.contains(name), isLinked(node) {
                linked.append(node)
                return false
            }
            if name == "article" { articles.append(node) }
            return true
        }
        // Each linked heading counted on every element above it.
        var count: [Int: Int] = [:]
        for heading in linked {
            var n: HTMLNode? = heading
            while let cur = n {
                if let i = document.index(cur) { count[i, default: 0] += 1 }
                n = cur.pointee.parent
            }
        }
        func headingsBelow(_ node: HTMLNode) -> Int { document.index(node).flatMap { count[$0] } ?? 0 }
        var roots: [HTMLNode] = []
        for heading in linked {
            var post = heading
            while let parent = post.pointee.parent, parent.isElement, parent.name != "body", headingsBelow(parent) == 1 {
                post = parent
            }
            roots.append(post)
        }
        // `<article>` elements each holding one heading (linked or not) are posts too.
        for a in articles where headingsBelow(a) <= 1 && !roots.contains(where: { a.isInside($0) || $0.isInside(a) }) {
            if hasHeading(a) { roots.append(a) }
        }
        // The largest group of posts sharing one container.
        var groups: [HTMLNode: [HTMLNode]] = [:]
        for post in roots {
            guard let parent = post.pointee.parent else { continue }
            groups[parent, default: []].append(post)
        }
        guard let (container, members) = groups.max(by: { $0.value.count < $1.value.count }), members.count >= 2 else {
            return nil
        }
        let posts = members.sorted { (document.index($0) ?? 0) < (document.index($1) ?? 0) }
        let pageText = textLength(body)
        let postText = posts.reduce(0) { $0 + textLength($1) }
        guard pageText > 0, postText * 2 >= pageText else { return nil }

        var root = container
        var n: HTMLNode? = container
        var main: HTMLNode?
        while let cur = n {
            if cur.isElement, cur.name == "main" || cur.attribute("role")?.lowercased() == "main" { main = cur; break }
            n = cur.pointee.parent
        }
        if let main {
            root = main
        } else if let article, container.isInside(article) {
            root = article
        }
        return HTMLListing(posts: posts, root: root)
    }

    /// A heading holding a link, or inside one.
    static func isLinked(_ heading: HTMLNode) -> Bool {
        var n = heading.pointee.parent
        while let cur = n, cur.isElement {
            if cur.name == "a", cur.attribute("href") != nil { return true }
            if HTMLContentWalk.blockElements.contains(cur.name) && cur.name != "div" { break }
            n = cur.pointee.parent
        }
        var found = false
        HTMLWalk.walk(from: heading, includeRoot: false) { node in
            if node.isElement, node.name == "a", node.attribute("href") != nil { found = true }
            return !found
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
    /// heading leads it (an `h1` becomes level 2, under the page's title); a short label above
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
                guard block.kind == .paragraph, Bytes.countWords(block.text) <= 8,
                      let found = StatedDate.find(in: block.text, language: language) else { return false }
                if date == nil { date = found }
                dropped.append(DroppedBlock(reason: .byline, text: block.text, span: block.span))
                return true
            }
            if let h = own.firstIndex(where: { $0.kind == .heading }) {
                var heading = own.remove(at: h)
                heading.level = Swift.max(2, heading.level)
                var above: [Block] = []
                for block in own[..<h] {
                    if block.kind == .paragraph, Bytes.countWords(block.text) <= 4 {
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
