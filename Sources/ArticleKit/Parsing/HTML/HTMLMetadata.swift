/// Title, date and author a page states in its head and markup: `og:title`, `<title>`,
/// the usual meta tags (`article:published_time`, `date`, `author`, Dublin Core…), JSON-LD's
/// `datePublished`, `<time>` and `rel="author"` links. Dates are kept as written.
struct HTMLMetadata {
    var title: String?
    var titleSpan: SourceSpan?
    var ogTitle: String?
    var ogTitleSpan: SourceSpan?
    /// From the meta tags, the first by `dateNames` order.
    var metaDate: String?
    /// JSON-LD's `datePublished`.
    var linkedDataDate: String?
    /// A `<time>` inside the article (one marked `pubdate` or `itemprop="datePublished"` first).
    var articleTime: String?
    /// The first `<time>` anywhere on the page.
    var pageTime: String?
    var author: String?
    /// The page's first `h1` elements, wherever they are (a page header dropped as furniture
    /// may hold the article's headline).
    var pageHeadings: [HTMLNode] = []
    /// The language the page declares: the `lang` (or `xml:lang`) nearest the article, else
    /// `<meta http-equiv="content-language">` (or `name="language"`), else `og:locale`.
    var language: Language?

    static let dateNames = ["article:published_time", "og:article:published_time", "og:published_time",
                            "article:published", "date", "pubdate", "publishdate",
                            "publish-date", "datepublished", "dc.date", "dc.date.issued", "dcterms.date",
                            "dcterms.created", "sailthru.date", "parsely-pub-date", "timestamp"]
    static let authorNames = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author"]

    /// Reads the page; `<time>` elements inside `posts` (a listing's) date their post, not the page.
    init(_ document: HTMLDocument, article: HTMLNode?, posts: [HTMLNode] = []) {
        var dates: [String: String] = [:]
        var authors: [String: String] = [:]
        var firstTime: String?
        var markedTime: String?
        var articleTime: String?
        var relAuthor: String?
        var contentLanguage: String?
        var locale: String?
        HTMLWalk.walk(from: document.root, includeRoot: true) { node in
            guard node.isElement else { return false }
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
                guard let content = node.attribute("content").map(ArticleAssembler.collapse), !content.isEmpty else { break }
                let equiv = node.attribute("http-equiv")?.lowercased()
                if contentLanguage == nil, equiv == "content-language" || key == "language" || key == "content-language" {
                    contentLanguage = content
                }
                if locale == nil, key == "og:locale" { locale = content }
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
                    let inArticle = article.map { node.isInside($0) } ?? true
                    if articleTime == nil, inArticle { articleTime = value }
                    let marked = node.attribute("pubdate") != nil || node.attribute("itemprop")?.lowercased() == "datepublished"
                    if markedTime == nil, inArticle, marked { markedTime = value }
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
            case "script":
                if linkedDataDate == nil, node.attribute("type")?.lowercased().contains("ld+json") == true {
                    linkedDataDate = Self.linkedDataDate(HTMLWalk.text(of: node))
                }
                return false
            case "style":
                return false
            case "h1":
                if pageHeadings.count < 8 { pageHeadings.append(node) }
            default:
                break
            }
            return true
        }
        metaDate = Self.dateNames.lazy.compactMap { dates[$0] }.first
        self.articleTime = markedTime ?? articleTime
        pageTime = firstTime
        author = Self.authorNames.lazy.compactMap { authors[$0] }.first ?? relAuthor
        var declared: String?
        var n: HTMLNode? = article ?? document.root
        while let cur = n, cur.isElement, declared == nil {
            declared = cur.attribute("lang") ?? cur.attribute("xml:lang")
            n = cur.pointee.parent
        }
        language = [declared, contentLanguage, locale].lazy.compactMap { $0.flatMap(LanguageDetector.language(tag:)) }.first
    }

    /// The value of the first `"datePublished": "…"` in a JSON-LD script.
    static func linkedDataDate(_ json: String) -> String? {
        guard let key = json.range(of: "\"datePublished\"") else { return nil }
        var rest = json[key.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
        let value = ArticleAssembler.collapse(String(rest[rest.index(after: rest.startIndex)..<close]))
        return value.isEmpty ? nil : value
    }
}
