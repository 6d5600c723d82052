/// Title, date and author a page states in its head and markup: `og:title`, `<title>`,
/// the usual meta tags (`article:published_time`, `date`, `author`, Dublin Core…), `<time>`
/// and `rel="author"` links.
struct HTMLMetadata {
    var title: String?
    var titleSpan: SourceSpan?
    var ogTitle: String?
    var ogTitleSpan: SourceSpan?
    var date: String?
    var author: String?

    static let dateNames = ["article:published_time", "og:published_time", "date", "pubdate", "publishdate",
                            "publish-date", "datepublished", "dc.date", "dc.date.issued", "dcterms.date",
                            "dcterms.created", "sailthru.date", "parsely-pub-date", "timestamp"]
    static let authorNames = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author"]

    /// Reads the page; `<time>` elements inside `posts` (a listing's) date their post, not the page.
    init(_ document: HTMLDocument, article: HTMLNode?, posts: [HTMLNode] = []) {
        var dates: [String: String] = [:]
        var authors: [String: String] = [:]
        var firstTime: String?
        var articleTime: String?
        var relAuthor: String?
        HTMLWalk.walk(from: document.root, includeRoot: true) { node in
            guard node.isElement else { return false }
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
                guard let content = node.attribute("content").map(ArticleAssembler.collapse), !content.isEmpty else { break }
                if key == "og:title", ogTitle == nil {
                    ogTitle = content
                    ogTitleSpan = document.span(node)
                } else if Self.dateNames.contains(key), dates[key] == nil {
                    dates[key] = content
                } else if Self.authorNames.contains(key), authors[key] == nil,
                          !content.hasPrefix("http://"), !content.hasPrefix("https://") {
                    authors[key] = content
                }
            case "title":
                if title == nil {
                    let text = ArticleAssembler.collapse(HTMLWalk.text(of: node))
                    if !text.isEmpty {
                        title = text
                        titleSpan = document.span(node)
                    }
                }
                return false
            case "time":
                if posts.contains(where: { node.isInside($0) }) { break }
                let value = node.attribute("datetime").map(ArticleAssembler.collapse) ?? ArticleAssembler.collapse(HTMLWalk.text(of: node))
                if !value.isEmpty {
                    if firstTime == nil { firstTime = value }
                    if articleTime == nil, let article, node.isInside(article) { articleTime = value }
                }
            case "a", "link", "span", "address", "p", "div":
                if relAuthor == nil {
                    let rel = node.attribute("rel")?.lowercased() ?? ""
                    let itemprop = node.attribute("itemprop")?.lowercased() ?? ""
                    if rel.split(separator: " ").contains("author") || itemprop == "author" {
                        let text = ArticleAssembler.collapse(HTMLWalk.text(of: node))
                        if !text.isEmpty, text.count <= 80 { relAuthor = text }
                    }
                }
            case "script", "style":
                return false
            default:
                break
            }
            return true
        }
        date = Self.dateNames.lazy.compactMap { dates[$0] }.first ?? articleTime ?? firstTime
        author = Self.authorNames.lazy.compactMap { authors[$0] }.first ?? relAuthor
    }
}
