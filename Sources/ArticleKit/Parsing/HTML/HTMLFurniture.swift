/// Which elements of a page are furniture rather than article: scripts, styles, navigation,
/// page headers and footers, asides, forms, photo captions (`<figcaption>`), and widgets whose class, id or role says what they
/// are (share buttons, cookie notices, newsletter boxes, related links, advertisements).
enum HTMLFurniture {
    /// Elements dropped wherever they are.
    static let elements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe",
        "button", "select", "input", "textarea", "svg", "canvas", "object", "embed", "dialog", "menu",
        "link", "meta",
    ]

    /// Why an element is dropped, or nil when it may hold article text. `header` is page
    /// furniture outside the article but the article's own heading block inside it.
    static func reason(_ node: HTMLNode, insideArticle: Bool) -> DroppedBlock.Reason? {
        let name = node.name
        if name == "script" || name == "style" || name == "noscript" || name == "template" { return .pageFurniture }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return .pageFurniture }
        if let reason = reasonFromNames(node) { return reason }
        if elements.contains(name) { return .pageFurniture }
        if name == "header", !insideArticle { return .pageFurniture }
        if name == "figcaption", !captionsData(node) { return .caption }
        if let role = node.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"].contains(role) {
            return role == "banner" && insideArticle ? nil : .pageFurniture
        }
        return nil
    }

    /// A `<figcaption>` under a photo is a caption (and its credit), not the article's text;
    /// one in a figure holding a table or code names the data shown and stays.
    static func captionsData(_ figcaption: HTMLNode) -> Bool {
        guard let figure = figcaption.pointee.parent, figure.isElement, figure.name == "figure" else { return false }
        var found = false
        HTMLWalk.walk(from: figure, includeRoot: false) { n in
            guard n.isElement, !found else { return false }
            if n.name == "table" || n.name == "pre" || n.name == "code" { found = true }
            return n != figcaption
        }
        return found
    }

    /// Words of an element named `meta` or `date` that may hold other blocks, and of a
    /// paragraph-level one (`p`, `span`, `small`, `time`), at most.
    static let metadataWords = 12
    static let metadataParagraphWords = 30

    static func isShortMetadata(_ node: HTMLNode) -> Bool {
        let words = HTMLWalk.text(of: node).split(whereSeparator: \.isWhitespace).count
        return words <= metadataWords || (["p", "span", "small", "time"].contains(node.name) && words <= metadataParagraphWords)
    }

    /// Whole class or id tokens that name furniture the word rules below miss: tag and
    /// category lists, photo captions and credits, author boxes, comment threads (WordPress,
    /// Jekyll and Hugo themes). Whole tokens only: WordPress gives the post itself classes
    /// such as `tag-news` and `category-politica`.
    static let furnitureTokens: [String: DroppedBlock.Reason] = [
        "tags": .pageFurniture, "tag-links": .pageFurniture, "tags-links": .pageFurniture, "post-tags": .pageFurniture,
        "entry-tags": .pageFurniture, "tag-list": .pageFurniture, "taglist": .pageFurniture, "tagcloud": .pageFurniture,
        "tag-cloud": .pageFurniture, "cat-links": .pageFurniture, "post-categories": .pageFurniture,
        "entry-categories": .pageFurniture, "categories": .pageFurniture,
        "wp-caption": .caption, "wp-caption-text": .caption, "caption": .caption, "image-caption": .caption,
        "photo-caption": .caption, "figure-caption": .caption, "credit": .caption, "photo-credit": .caption, "image-credit": .caption,
        "bio": .byline, "profile": .byline, "author-box": .byline, "authorbox": .byline,
        "comment": .pageFurniture, "comments-area": .pageFurniture, "comment-respond": .pageFurniture,
        "respond": .pageFurniture, "disqus_thread": .pageFurniture,
    ]
    /// Words such an element holds at most (a long one is a container, not the furniture).
    static let furnitureTokenMaxWords = 150

    /// What the element's class and id say it is.
    private static func reasonFromNames(_ node: HTMLNode) -> DroppedBlock.Reason? {
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased() else { continue }
            for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                guard let reason = furnitureTokens[String(token)] else { continue }
                if HTMLWalk.text(of: node).split(whereSeparator: \.isWhitespace).count <= furnitureTokenMaxWords { return reason }
            }
        }
        if isTagList(node) { return .pageFurniture }
        var words: [Substring] = []
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased() else { continue }
            words += value.split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }
        }
        for word in words {
            switch word {
            case "share", "sharing", "social", "sharebar", "socialshare", "condividi": return .shareLinks
            case "cookie", "cookies", "consent", "gdpr", "cookiebar": return .cookieNotice
            case "newsletter", "subscribe", "subscription", "iscriviti": return .newsletter
            case "related", "readmore", "correlati", "recommended", "outbrain", "taboola": return .relatedLink
            case "ad", "ads", "advert", "advertisement", "adv", "sponsor", "sponsored", "banner", "pubblicita": return .advertisement
            case "byline", "dateline", "timestamp", "published", "author", "firma", "posted", "postmeta": return .metadata
            // Words that also name containers (`meta-content`): metadata only on a short element,
            // or a paragraph's worth of one (`<p class="post-meta">2015 Nov 22 • 2016 Apr 1 •
            // Alessio Biancalana, Stefano Sabatini • 5 min</p>`, a Jekyll theme's line under the
            // title), which holds no other block.
            // (`where` binds to the last pattern only, so each pattern carries it.)
            case "meta" where isShortMetadata(node), "date" where isShortMetadata(node): return .metadata
            case "breadcrumb", "breadcrumbs", "navbar", "menu", "sidebar", "comments", "skip", "toolbar", "pagination": return .pageFurniture
            default: continue
            }
        }
        return nil
    }

    /// Words besides the links that a tag list holds at most (`Tags:`).
    static let tagListOtherWords = 3

    /// A list or paragraph whose links all lead to tag or category pages (`/tags/bande/`,
    /// `/category/news/`, `rel="tag"`) and that says little else: the post's tags.
    static func isTagList(_ node: HTMLNode) -> Bool {
        let name = node.name
        guard name == "ul" || name == "ol" || name == "p" else { return false }
        var links = 0, tagLinks = 0, otherWords = 0
        // Once it says too much or links elsewhere, the walk stops going down: deeply nested
        // markup (unclosed tags) is not read again for every element in it.
        var failed = false
        HTMLWalk.walk(from: node, includeRoot: false) { n in
            if failed { return false }
            if n.isText {
                var bytes: [UInt8] = []
                n.appendContent(to: &bytes)
                otherWords += WordCount.of(String(decoding: bytes, as: UTF8.self))
                failed = otherWords > tagListOtherWords
                return false
            }
            guard n.isElement else { return false }
            guard n.name == "a" else { return true }
            links += 1
            let href = (n.attribute("href") ?? "").lowercased()
            let rel = (n.attribute("rel") ?? "").lowercased()
            if rel.split(separator: " ").contains("tag") || ["/tag/", "/tags/", "/category/", "/categories/", "/label/"].contains(where: href.contains) {
                tagLinks += 1
            } else {
                failed = true
            }
            return false
        }
        return !failed && links > 0 && tagLinks == links
    }
}
